package dev.geotimeline.event;

import static java.util.Comparator.comparing;
import static java.util.Comparator.comparingLong;
import static org.hibernate.generator.EventType.INSERT;

import dev.geotimeline.event.EventSql.EventColumn;
import dev.geotimeline.store.BulkInsert;
import dev.geotimeline.store.BulkTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;

/**
 * Inserts new events with one bulk insert per table ({@link BulkInsert}: {@code COPY} on
 * PostgreSQL, a batched statement on H2), on the connection of the current transaction. Bulk
 * imports use it instead of {@code persist()}: rows that are only ever inserted need no action
 * queue, snapshots or dirty checks.
 *
 * <p>Ids come from Hibernate's own generator for {@link Event} (sequence and
 * optimizer), so they are drawn from the same blocks as ids of events created
 * through the session, in this JVM or another one.
 */
@ApplicationScoped
class EventBatchWriter {

    /** One row of a link table: the event, the value's position in its collection, the value. */
    private record Link<T>(Event event, int position, T value) {}

    /** An event row with its view already rendered ({@link EventDocuments}). */
    private record EventRow(Event event, String document) {}

    private static final BulkTable<EventRow> EVENTS = new BulkTable<>(
            "event",
            Stream.concat(EventSql.EVENT_COLUMN_NAMES.stream(), Stream.of("document"))
                    .toList(),
            EventBatchWriter::eventValues);
    private static final BulkTable<Link<ActorLink>> ACTORS = new BulkTable<>(
            "event_actor", List.of("event_id", "actor_id", "position", "role", "sort_key"), row -> new Object[] {
                row.event().id,
                row.value().actorId,
                row.position(),
                row.value().role.name(),
                row.value().sortKey
            });
    private static final BulkTable<Link<ActorPairLink>> ACTOR_PAIRS =
            new BulkTable<>("event_actor_pair", List.of("event_id", "actor_id", "other_actor_id", "sort_key"), row ->
                    new Object[] {row.event().id, row.value().actorId, row.value().otherActorId, row.value().sortKey});
    private static final BulkTable<Link<LocationLink>> LOCATIONS =
            new BulkTable<>("event_location", List.of("event_id", "location_id", "position", "sort_key"), row ->
                    new Object[] {row.event().id, row.value().locationId, row.position(), row.value().sortKey});
    private static final BulkTable<Link<LocationLink>> LOCATION_SCOPE =
            new BulkTable<>("event_location_scope", List.of("event_id", "location_id", "sort_key"), row ->
                    new Object[] {row.event().id, row.value().locationId, row.value().sortKey});
    private static final BulkTable<Link<Source>> SOURCES = new BulkTable<>(
            "event_source",
            List.of("event_id", "position", "url", "publisher", "published_on", "quote"),
            row -> new Object[] {
                row.event().id,
                row.position(),
                row.value().url,
                row.value().publisher,
                row.value().publishedOn,
                row.value().quote
            });
    private static final BulkTable<Link<String>> TAGS =
            new BulkTable<>("event_tag", List.of("event_id", "tag"), row -> new Object[] {row.event().id, row.value()});
    private static final BulkTable<Link<TermLink>> TERMS =
            new BulkTable<>("event_term", List.of("event_id", "term", "sort_key"), row ->
                    new Object[] {row.event().id, row.value().term, row.value().sortKey});

    private final EntityManager em;
    private final EventDateCounts dateCounts;
    private final EventViews views;
    private final EventDocuments documents;

    EventBatchWriter(EntityManager em, EventDateCounts dateCounts, EventViews views, EventDocuments documents) {
        this.em = em;
        this.dateCounts = dateCounts;
        this.views = views;
        this.documents = documents;
    }

    /** Assigns ids to the (validated, stamped) events and inserts them with all their links. */
    void insert(List<Event> events) {
        if (events.isEmpty()) {
            return;
        }
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        assignIds(session, events);
        events.forEach(dateCounts::added);
        List<EventRow> rows = new ArrayList<>(events.size());
        List<EventResponse> rendered = views.ofUnstored(events);
        for (int i = 0; i < events.size(); i++) {
            rows.add(new EventRow(events.get(i), documents.render(rendered.get(i))));
        }
        session.doWork(connection -> {
            BulkInsert.insert(connection, EVENTS, rows);
            BulkInsert.insert(
                    connection,
                    ACTORS,
                    inIndexOrder(
                            links(events, event -> event.actors),
                            comparingLong(row -> row.value().actorId),
                            row -> row.value().sortKey));
            BulkInsert.insert(
                    connection,
                    ACTOR_PAIRS,
                    inIndexOrder(
                            links(events, event -> event.actorPairs),
                            comparingLong((Link<ActorPairLink> row) -> row.value().actorId)
                                    .thenComparingLong(row -> row.value().otherActorId),
                            row -> row.value().sortKey));
            BulkInsert.insert(
                    connection,
                    LOCATIONS,
                    inIndexOrder(
                            links(events, event -> event.locations),
                            comparingLong(row -> row.value().locationId),
                            row -> row.value().sortKey));
            BulkInsert.insert(
                    connection,
                    LOCATION_SCOPE,
                    inIndexOrder(
                            links(events, event -> event.locationScope),
                            comparingLong(row -> row.value().locationId),
                            row -> row.value().sortKey));
            BulkInsert.insert(connection, SOURCES, links(events, event -> event.sources));
            BulkInsert.insert(connection, TAGS, links(events, event -> event.tags));
            BulkInsert.insert(
                    connection,
                    TERMS,
                    inIndexOrder(
                            links(events, event -> event.terms),
                            comparing(row -> row.value().term),
                            row -> row.value().sortKey));
        });
    }

    private static void assignIds(SessionImplementor session, List<Event> events) {
        BeforeExecutionGenerator ids = (BeforeExecutionGenerator) session.getFactory()
                .getMappingMetamodel()
                .getEntityDescriptor(Event.class)
                .getGenerator();
        for (Event event : events) {
            event.id = (Long) ids.generate(session, event, null, INSERT);
        }
    }

    private static <T> List<Link<T>> links(List<Event> events, Function<Event, Collection<T>> values) {
        List<Link<T>> rows = new ArrayList<>();
        for (Event event : events) {
            int position = 0;
            for (T value : values.apply(event)) {
                rows.add(new Link<>(event, position++, value));
            }
        }
        return rows;
    }

    /**
     * Sorts link rows like the table's timeline index: (key, sort key, event id). Inserted in
     * that order, a chunk touches each index page once instead of at random; H2 then writes
     * a quarter fewer pages.
     */
    private static <T> List<Link<T>> inIndexOrder(
            List<Link<T>> rows, Comparator<Link<T>> byKey, ToLongFunction<Link<T>> sortKey) {
        rows.sort((a, b) -> {
            int order = byKey.compare(a, b);
            if (order == 0) {
                order = Long.compare(sortKey.applyAsLong(a), sortKey.applyAsLong(b));
            }
            return order != 0 ? order : Long.compare(a.event().id, b.event().id);
        });
        return rows;
    }

    private static Object[] eventValues(EventRow row) {
        Event event = row.event();
        Object[] values = new Object[EventColumn.values().length + 1];
        values[EventColumn.values().length] = row.document();
        values[EventColumn.ID.value()] = event.id;
        values[EventColumn.TITLE.value()] = event.title;
        values[EventColumn.SUMMARY.value()] = event.summary;
        values[EventColumn.EVENT_TYPE.value()] = event.type.name();
        values[EventColumn.DATE_EDTF.value()] = event.dateEdtf;
        values[EventColumn.DATE_PRECISION.value()] = event.datePrecision.name();
        values[EventColumn.DATE_APPROXIMATE.value()] = event.dateApproximate;
        values[EventColumn.DATE_EARLIEST.value()] = event.dateEarliest;
        values[EventColumn.DATE_LATEST.value()] = event.dateLatest;
        values[EventColumn.SORT_KEY.value()] = event.sortKey;
        values[EventColumn.DATE_EXPRESSION.value()] = event.dateExpression;
        values[EventColumn.DATE_REFERENCE.value()] = event.dateReference;
        values[EventColumn.EXTERNAL_SOURCE.value()] = event.externalSource;
        values[EventColumn.EXTERNAL_ID.value()] = event.externalId;
        values[EventColumn.CREATED_AT.value()] = event.createdAt;
        values[EventColumn.UPDATED_AT.value()] = event.updatedAt;
        values[EventColumn.CREATED_BY.value()] = event.createdBy;
        values[EventColumn.UPDATED_BY.value()] = event.updatedBy;
        values[EventColumn.VERSION.value()] = event.version;
        return values;
    }
}
