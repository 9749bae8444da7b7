package dev.geotimeline.location;

import com.fasterxml.jackson.databind.JsonNode;
import dev.geotimeline.api.JsonBodies;
import dev.geotimeline.api.MergePatch;
import dev.geotimeline.api.Versions;
import dev.geotimeline.naming.NamedLookup;
import dev.geotimeline.naming.References;
import dev.geotimeline.paging.Cursor;
import dev.geotimeline.paging.Page;
import dev.geotimeline.problem.ProblemException;
import dev.geotimeline.problem.Validation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Everything about storing places and their nesting. */
@ApplicationScoped
public class LocationService {

    private final EntityManager em;
    private final Validation validation;
    private final NamedLookup<Location> lookup;
    private final Event<LocationsMoved> moved;
    private final JsonBodies json;

    public LocationService(EntityManager em, Validation validation, Event<LocationsMoved> moved, JsonBodies json) {
        this.em = em;
        this.json = json;
        this.validation = validation;
        this.moved = moved;
        this.lookup = new NamedLookup<>(em, Location.class, "location", l -> l.id);
    }

    public Optional<Location> find(String reference) {
        return lookup.find(reference);
    }

    public Location require(String field, String reference) {
        return lookup.require(field, reference);
    }

    public Location requireInBody(String field, String reference) {
        return lookup.requireInBody(field, reference);
    }

    public Map<Long, Location> byIds(Collection<Long> ids) {
        return lookup.byIds(ids);
    }

    public LocationResponse get(String reference) {
        return LocationResponse.of(require("location", reference));
    }

    public Page<LocationResponse> list(String query, LocationKind kind, String within, int limit, Cursor after) {
        String prefix = NamedLookup.prefixOf(query);
        String subtree = within == null || within.isBlank() ? null : require("within", within).pathOfChildren() + "%";
        List<Location> rows = em.createQuery("""
                        select l from Location l left join fetch l.parent
                        where l.id > :after
                          and (:kind is null or l.kind = :kind)
                          and (:subtree is null or l.ancestorPath like :subtree)
                          and (:prefix is null or exists (
                                select 1 from Location m join m.lookupKeys k where m = l and k like :prefix))
                        order by l.id""", Location.class)
                .setParameter("after", after == null ? Long.MIN_VALUE : after.id())
                .setParameter("kind", kind)
                .setParameter("subtree", subtree)
                .setParameter("prefix", prefix)
                .setMaxResults(limit + 1)
                .getResultList();
        return Page.fromLookahead(rows, limit, l -> new Cursor(0, l.id))
                .map(page -> page.stream().map(LocationResponse::of).toList());
    }

    @Transactional
    public LocationResponse create(LocationRequest request, String author) {
        validation.check(request);
        Location location = new Location();
        applyNames(location, request);
        location.parent = parentOf(request);
        location.ancestorPath = location.parent == null ? "/" : location.parent.pathOfChildren();
        location.recordAuthor(author, true);
        location.persist();
        em.flush();
        return LocationResponse.of(location);
    }

    @Transactional
    public LocationResponse replace(String reference, LocationRequest request, String author, Long expectedVersion) {
        validation.check(request);
        Location location = require("location", reference);
        Versions.require(expectedVersion, location.version);
        applyNames(location, request);
        Location parent = parentOf(request);
        if (!sameLocation(parent, location.parent)) {
            move(location, parent);
        }
        location.recordAuthor(author, false);
        em.flush();
        return LocationResponse.of(location);
    }

    @Transactional
    public LocationResponse patch(String reference, JsonNode patch, String author, Long expectedVersion) {
        Location location = require("location", reference);
        Versions.require(expectedVersion, location.version);
        LocationRequest current = new LocationRequest(location.name, location.slug, location.kind,
                location.parent == null ? null : location.parent.slug, location.latitude, location.longitude,
                location.countryCode, List.copyOf(location.aliases));
        LocationRequest patched = json.convert(MergePatch.apply(json.tree(current), patch), LocationRequest.class);
        return replace(reference, patched, author, expectedVersion);
    }

    @Transactional
    public void delete(String reference, Long expectedVersion) {
        Location location = require("location", reference);
        Versions.require(expectedVersion, location.version);
        Number children = (Number) em.createQuery("select count(l) from Location l where l.parent = :p")
                .setParameter("p", location).getSingleResult();
        if (children.longValue() > 0) {
            throw ProblemException.conflict("location", "the location contains " + children
                    + " other location(s); move or delete them first");
        }
        Number uses = (Number) em.createNativeQuery("select count(*) from event_location where location_id = ?1")
                .setParameter(1, location.id).getSingleResult();
        if (uses.longValue() > 0) {
            throw ProblemException.conflict("location", "the location is used by " + uses
                    + " event(s); remove it from them first");
        }
        location.delete();
    }

    private void move(Location location, Location newParent) {
        if (newParent != null && (newParent.id.equals(location.id)
                || newParent.ancestorPath.startsWith(location.pathOfChildren()))) {
            throw ProblemException.unprocessable("parent", "'" + newParent.slug
                    + "' lies inside '" + location.slug + "'; a location cannot contain itself");
        }
        String oldChildPrefix = location.pathOfChildren();
        location.parent = newParent;
        location.ancestorPath = newParent == null ? "/" : newParent.pathOfChildren();
        String newChildPrefix = location.pathOfChildren();
        List<Location> descendants = em.createQuery("select l from Location l where l.ancestorPath like :prefix",
                        Location.class)
                .setParameter("prefix", oldChildPrefix + "%").getResultList();
        Set<Long> affected = new HashSet<>();
        affected.add(location.id);
        for (Location descendant : descendants) {
            descendant.ancestorPath = newChildPrefix + descendant.ancestorPath.substring(oldChildPrefix.length());
            affected.add(descendant.id);
        }
        em.flush();
        moved.fire(new LocationsMoved(affected));
    }

    private Location parentOf(LocationRequest request) {
        if (request.parent() == null || request.parent().isBlank()) {
            return null;
        }
        return requireInBody("parent", request.parent());
    }

    private void applyNames(Location location, LocationRequest request) {
        String slug = NamedLookup.slugOf(request.slug(), request.name());
        Set<String> keys = References.lookupKeys(slug, request.name(), request.aliasesOrEmpty());
        lookup.ensureUnused(location.id, slug, keys);
        location.slug = slug;
        location.name = request.name().strip();
        location.kind = request.kind();
        if ((request.latitude() == null) != (request.longitude() == null)) {
            throw ProblemException.badRequest(request.latitude() == null ? "latitude" : "longitude",
                    "give latitude and longitude together, or neither");
        }
        location.latitude = request.latitude();
        location.longitude = request.longitude();
        location.countryCode = request.countryCode();
        location.aliases.clear();
        request.aliasesOrEmpty().stream().map(String::strip).distinct().forEach(location.aliases::add);
        location.lookupKeys.clear();
        location.lookupKeys.addAll(keys);
    }

    private static boolean sameLocation(Location a, Location b) {
        return a == null ? b == null : b != null && a.id.equals(b.id);
    }
}
