package dev.geotimeline.location;

import dev.geotimeline.named.Identifiers;
import dev.geotimeline.named.NamedService;
import dev.geotimeline.paging.Cursor;
import dev.geotimeline.paging.Page;
import dev.geotimeline.problem.ProblemException;
import dev.geotimeline.problem.Validation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Everything about storing places and their nesting. */
@ApplicationScoped
public class LocationService extends NamedService<Location, LocationRequest, LocationResponse> {

    private static final int MAX_SLUG_LENGTH = 120;

    private final LocationRepository locations;
    private final Event<LocationsMoved> moved;
    private final Event<LocationRenamed> renamed;

    public LocationService(
            LocationRepository locations,
            Validation validation,
            Event<LocationsMoved> moved,
            Event<LocationRenamed> renamed) {
        super(locations, validation, Location::new, LocationService::view);
        this.locations = locations;
        this.moved = moved;
        this.renamed = renamed;
    }

    @Override
    protected void renamed(Location location) {
        renamed.fire(new LocationRenamed(location.id));
    }

    public Page<LocationResponse> list(String query, LocationKind kind, String within, int limit, Cursor after) {
        String prefix = Identifiers.prefixPattern(query);
        String subtree = within == null || within.isBlank()
                ? null
                : require("within", within).pathOfChildren() + "%";
        return pageOf(locations.page(kind, prefix, subtree, after, limit + 1), limit);
    }

    @Override
    protected void apply(Location location, LocationRequest request) {
        location.kind = request.kind();
        if ((request.latitude() == null) != (request.longitude() == null)) {
            throw ProblemException.badRequest(
                    request.latitude() == null ? "latitude" : "longitude",
                    "give latitude and longitude together, or neither");
        }
        location.latitude = request.latitude();
        location.longitude = request.longitude();
        location.countryCode = request.countryCode();
        Location parent = parentOf(request);
        if (location.id == null) {
            location.parent = parent;
            location.ancestorPath = parent == null ? "/" : parent.pathOfChildren();
        } else if (!sameLocation(parent, location.parent)) {
            move(location, parent);
        }
    }

    @Override
    protected LocationRequest requestOf(Location location) {
        return new LocationRequest(
                location.name,
                location.slug,
                location.kind,
                location.parent == null ? null : location.parent.slug,
                location.latitude,
                location.longitude,
                location.countryCode,
                List.copyOf(location.aliases));
    }

    @Override
    protected void ensureDeletable(Location location) {
        long children = locations.countChildren(location);
        if (children > 0) {
            throw ProblemException.conflict(
                    "location", "the location contains " + children + " other location(s); move or delete them first");
        }
        long uses = locations.countEventsAt(location);
        if (uses > 0) {
            throw ProblemException.conflict(
                    "location", "the location is used by " + uses + " event(s); remove it from them first");
        }
    }

    private void move(Location location, Location newParent) {
        if (newParent != null
                && (newParent.id.equals(location.id) || newParent.ancestorPath.startsWith(location.pathOfChildren()))) {
            throw ProblemException.unprocessable(
                    "parent",
                    "'" + newParent.slug + "' lies inside '" + location.slug + "'; a location cannot contain itself");
        }
        String oldChildPrefix = location.pathOfChildren();
        location.parent = newParent;
        location.ancestorPath = newParent == null ? "/" : newParent.pathOfChildren();
        String newChildPrefix = location.pathOfChildren();
        Set<Long> affected = new HashSet<>();
        affected.add(location.id);
        for (Location descendant : locations.descendants(oldChildPrefix)) {
            descendant.ancestorPath = newChildPrefix + descendant.ancestorPath.substring(oldChildPrefix.length());
            affected.add(descendant.id);
        }
        locations.flush();
        moved.fire(new LocationsMoved(affected));
    }

    /** The id of the place under {@code parentId} (null: a top-level place) known by {@code name}. */
    public Optional<Long> childId(Long parentId, String name) {
        return locations.child(parentId, name).map(location -> location.id);
    }

    /** The id of the country known by {@code name}, or else of a top-level place known by it. */
    public Optional<Long> countryId(String name) {
        return locations.country(name).map(location -> location.id);
    }

    /**
     * A slug derived from the name, unless another place has it: then qualified by the country and
     * then the parent ({@code tripoli-lebanon}), then numbered ({@code tripoli-lebanon-2}).
     */
    @Override
    protected String derivedSlug(Location location, LocationRequest request, String fromName) {
        Location parent = parentOf(request);
        List<String> tries = new ArrayList<>();
        tries.add(fromName);
        if (parent != null) {
            Location country = locations.findById(parent.selfAndAncestorIds().get(0));
            tries.add(fromName + "-" + country.slug);
            if (!country.id.equals(parent.id)) {
                tries.add(fromName + "-" + parent.slug);
            }
        }
        for (String slug : tries) {
            String fitting = fit(slug, "");
            if (!locations.slugTaken(fitting, location.id)) {
                return fitting;
            }
        }
        String last = tries.get(tries.size() - 1);
        for (int number = 2; ; number++) {
            String numbered = fit(last, "-" + number);
            if (!locations.slugTaken(numbered, location.id)) {
                return numbered;
            }
        }
    }

    private static String fit(String slug, String suffix) {
        int room = MAX_SLUG_LENGTH - suffix.length();
        String base = slug.length() > room ? slug.substring(0, room).replaceAll("-+$", "") : slug;
        return base + suffix;
    }

    /** Names and aliases are unique among the places of one parent; slugs everywhere. */
    @Override
    protected void ensureUnused(Location location, LocationRequest request, String slug, Set<String> keys) {
        Location parent = parentOf(request);
        locations.ensureUnusedAmongSiblings(location.id, parent == null ? null : parent.id, slug, keys);
    }

    private Location parentOf(LocationRequest request) {
        if (request.parent() == null || request.parent().isBlank()) {
            return null;
        }
        return requireInBody("parent", request.parent());
    }

    private static boolean sameLocation(Location a, Location b) {
        return a == null ? b == null : b != null && a.id.equals(b.id);
    }

    private static LocationResponse view(Location location) {
        return new LocationResponse(
                location.id,
                location.slug,
                location.name,
                location.kind,
                location.parent == null ? null : LocationSummary.of(location.parent),
                location.latitude,
                location.longitude,
                location.countryCode,
                List.copyOf(location.aliases),
                location.createdAt,
                location.updatedAt,
                location.createdBy,
                location.updatedBy,
                location.version);
    }
}
