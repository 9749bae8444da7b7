package dev.geotimeline.location;

import dev.geotimeline.named.Candidate;
import dev.geotimeline.named.NamedRepository;
import dev.geotimeline.paging.Cursor;
import dev.geotimeline.text.NameKeys;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class LocationRepository implements NamedRepository<Location> {

    @Override
    public Class<Location> entityType() {
        return Location.class;
    }

    /** Longest hyphenated reference read as "name-qualifier" ({@code tripoli-lebanon}). */
    private static final int MAX_QUALIFIED_WORDS = 8;

    /**
     * A place named by its name and one or more places containing it: "Tripoli, Lebanon" (each part
     * after the first is an ancestor), or, for a slug-like reference that names nothing directly,
     * "tripoli-lebanon" read as a name followed by an ancestor.
     */
    @Override
    public List<Location> findQualified(String reference) {
        List<List<String>> readings = new ArrayList<>();
        if (reference.contains(",")) {
            List<String> parts = new ArrayList<>();
            for (String part : reference.split(",")) {
                if (!part.isBlank()) {
                    parts.add(part);
                }
            }
            readings.add(parts);
        } else {
            List<String> words = NameKeys.tokens(reference);
            for (int split = 1; split < words.size() && words.size() <= MAX_QUALIFIED_WORDS; split++) {
                readings.add(List.of(
                        String.join(" ", words.subList(0, split)),
                        String.join(" ", words.subList(split, words.size()))));
            }
        }
        Map<Long, Location> found = new LinkedHashMap<>();
        for (List<String> reading : readings) {
            if (reading.size() > 1) {
                for (Location location : within(reading.get(0), reading.subList(1, reading.size()))) {
                    found.putIfAbsent(location.id, location);
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** The places known by {@code name} that lie inside a place known by each of the qualifiers. */
    private List<Location> within(String name, List<String> qualifiers) {
        List<Location> named = findByKey(NameKeys.key(name));
        for (String qualifier : qualifiers) {
            Set<Long> containers =
                    findByKey(NameKeys.key(qualifier)).stream().map(l -> l.id).collect(Collectors.toSet());
            named = named.stream()
                    .filter(l ->
                            l.selfAndAncestorIds().stream().anyMatch(id -> !id.equals(l.id) && containers.contains(id)))
                    .toList();
        }
        return named;
    }

    /** Lists a place with its kind, its parent and a qualified name that tells it from its namesakes. */
    @Override
    public Candidate candidate(Location location) {
        List<Long> ancestors = location.selfAndAncestorIds();
        Map<Long, Location> byId = byIds(ancestors);
        Location parent = location.parent == null ? null : byId.get(location.parent.id);
        Location country = byId.get(ancestors.get(0));
        StringBuilder qualified = new StringBuilder(location.name);
        if (parent != null) {
            qualified.append(", ").append(parent.name);
        }
        if (country != null && parent != null && !country.id.equals(parent.id)) {
            qualified.append(", ").append(country.name);
        }
        return new Candidate(
                location.id,
                location.slug,
                location.name,
                location.kind.name(),
                parent == null ? null : new Candidate.Parent(parent.id, parent.slug, parent.name),
                qualified.toString());
    }

    /** Rejects a taken slug, or a name or alias already used by a place with the same parent. */
    void ensureUnusedAmongSiblings(Long ownId, Long parentId, String slug, Set<String> keys) {
        if (parentId == null) {
            ensureUnused(ownId, slug, keys, " and e.parent is null", Map.of());
        } else {
            ensureUnused(ownId, slug, keys, " and e.parent.id = :parent", Map.of("parent", parentId));
        }
    }

    /** The place with the parent (none: a top-level place) known by a name. */
    Optional<Location> child(Long parentId, String name) {
        String key = NameKeys.key(name);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        var query = getEntityManager()
                .createQuery(
                        "select l from Location l join l.lookupKeys k where k = :key and "
                                + (parentId == null ? "l.parent is null" : "l.parent.id = :parent")
                                + " order by l.id",
                        Location.class)
                .setParameter("key", key);
        if (parentId != null) {
            query.setParameter("parent", parentId);
        }
        return query.setMaxResults(1).getResultList().stream().findFirst();
    }

    /** A country known by a name, or else a top-level place known by it. */
    Optional<Location> country(String name) {
        List<Location> named = findByKey(NameKeys.key(name));
        return named.stream()
                .filter(l -> l.kind == LocationKind.COUNTRY)
                .findFirst()
                .or(() -> named.stream().filter(l -> l.parent == null).findFirst());
    }

    /**
     * Up to {@code limit} locations after the cursor in id order, of a kind, with a key starting with a
     * prefix, and inside the place whose children's path starts with {@code subtree}.
     */
    List<Location> page(LocationKind kind, String keyPrefix, String subtree, Cursor after, int limit) {
        return getEntityManager()
                .createQuery("""
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
                .setParameter("prefix", keyPrefix)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Every place inside the one whose children's paths start with {@code pathOfChildren}. */
    List<Location> descendants(String pathOfChildren) {
        return list("ancestorPath like ?1", pathOfChildren + "%");
    }

    long countChildren(Location location) {
        return count("parent", location);
    }

    /** The coordinates of those of the given places that have them (one query). */
    public Map<Long, Coordinates> coordinates(Collection<Long> ids) {
        Map<Long, Coordinates> coordinates = new HashMap<>();
        if (ids.isEmpty()) {
            return coordinates;
        }
        List<Object[]> rows = getEntityManager()
                .createQuery(
                        "select l.id, l.latitude, l.longitude from Location l where l.id in :ids"
                                + " and l.latitude is not null and l.longitude is not null",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList();
        for (Object[] row : rows) {
            coordinates.put((Long) row[0], new Coordinates((Double) row[1], (Double) row[2]));
        }
        return coordinates;
    }

    long countEventsAt(Location location) {
        return ((Number) getEntityManager()
                        .createNativeQuery("select count(*) from event_location where location_id = ?1")
                        .setParameter(1, location.id)
                        .getSingleResult())
                .longValue();
    }
}
