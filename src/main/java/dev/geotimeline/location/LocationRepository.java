package dev.geotimeline.location;

import dev.geotimeline.named.NamedRepository;
import dev.geotimeline.paging.Cursor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class LocationRepository implements NamedRepository<Location> {

    @Override
    public Class<Location> entityType() {
        return Location.class;
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
