package dev.geotimeline.event;

import dev.geotimeline.store.Jdbc;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/** Entity work on events; the read model's and the bulk writer's SQL is in {@link EventSql}. */
@ApplicationScoped
public class EventRepository implements PanacheRepository<Event> {

    /** Stored events with any of these external keys, by source and then external id; one query per source. */
    Map<String, Map<String, Event>> findByExternalKeys(Collection<EventRequest.ExternalKey> keys) {
        Map<String, List<String>> idsBySource = keys.stream()
                .filter(key -> key != null && key.source() != null && key.id() != null)
                .collect(Collectors.groupingBy(
                        EventRequest.ExternalKey::source,
                        Collectors.mapping(EventRequest.ExternalKey::id, Collectors.toList())));
        Map<String, Map<String, Event>> stored = new HashMap<>();
        idsBySource.forEach((source, ids) -> stored.put(source, findByExternalIds(source, ids)));
        return stored;
    }

    /** Stored events with any of the given external ids of one source, by external id. */
    private Map<String, Event> findByExternalIds(String source, List<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Event> events = onPostgres() ? withIdInArray(source, ids) : withPairInList(source, ids);
        return events.stream().collect(Collectors.toMap(e -> e.externalId, e -> e));
    }

    /**
     * PostgreSQL: one array parameter, so the statement is the same for every chunk (prepared once,
     * and planned in microseconds where a list of a thousand parameters took over 100 ms).
     */
    @SuppressWarnings("unchecked")
    private List<Event> withIdInArray(String source, List<String> ids) {
        return getEntityManager()
                .createNativeQuery(
                        "select * from event where external_source = :source and external_id = any(:ids)", Event.class)
                .setParameter("source", source)
                .setParameter("ids", ids.toArray(String[]::new))
                .getResultList();
    }

    private List<Event> withPairInList(String source, List<String> ids) {
        // Whole (source, id) pairs: with "source = ? and id in (...)" H2 seeks only the source
        // in the unique index and then reads every event of that source.
        String pairs = IntStream.range(0, ids.size())
                .mapToObj(i -> "(:source, :id" + i + ")")
                .collect(Collectors.joining(", "));
        TypedQuery<Event> query = getEntityManager()
                .createQuery(
                        "select e from Event e where (e.externalSource, e.externalId) in (" + pairs + ")", Event.class)
                .setParameter("source", source);
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter("id" + i, ids.get(i));
        }
        return query.getResultList();
    }

    /**
     * PostgreSQL: of these actor or location ids, the ones whose rows still exist, each locked against deletion
     * until the transaction ends ({@code FOR KEY SHARE}, the lock a foreign key check takes: renames go ahead).
     */
    List<Long> holdExisting(LinkTargets.Target target, Collection<Long> ids) {
        return Jdbc.select(
                getEntityManager(),
                "select id from " + target.table() + " where id = any(?) for key share",
                statement -> statement.setArray(1, statement.getConnection().createArrayOf("bigint", ids.toArray())),
                row -> row.getLong(1));
    }

    boolean onPostgres() {
        return getEntityManager()
                        .getEntityManagerFactory()
                        .unwrap(SessionFactoryImplementor.class)
                        .getJdbcServices()
                        .getDialect()
                instanceof PostgreSQLDialect;
    }

    /** Ids of the events that have this external key (at most one). */
    List<Long> idsWithExternalKey(String source, String id) {
        return getEntityManager()
                .createQuery(
                        "select e.id from Event e where e.externalSource = :source and e.externalId = :id", Long.class)
                .setParameter("source", source)
                .setParameter("id", id)
                .getResultList();
    }

    /** Events placed directly at any of the locations. */
    List<Event> placedAt(Collection<Long> locationIds) {
        return getEntityManager()
                .createQuery("""
                        select distinct e from Event e join e.locations l where l.locationId in :ids""", Event.class)
                .setParameter("ids", locationIds)
                .getResultList();
    }
}
