package dev.geotimeline.event;

import static java.util.Comparator.comparing;
import static java.util.Comparator.comparingLong;
import static org.hibernate.generator.EventType.INSERT;

import dev.geotimeline.event.EventSql.EventColumn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;

/**
 * Inserts new events with one batched statement per table, on the connection of
 * the current transaction. Bulk imports use it instead of {@code persist()}: rows
 * that are only ever inserted need no action queue, snapshots or dirty checks.
 *
 * <p>Ids come from Hibernate's own generator for {@link Event} (sequence and
 * optimizer), so they are drawn from the same blocks as ids of events created
 * through the session, in this JVM or another one.
 */
@ApplicationScoped
class EventBatchWriter {

    private final EntityManager em;

    EventBatchWriter(EntityManager em) {
        this.em = em;
    }

    /** Assigns ids to the (validated, stamped) events and inserts them with all their links. */
    void insert(List<Event> events) {
        if (events.isEmpty()) {
            return;
        }
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        assignIds(session, events);
        session.doWork(connection -> {
            insertRows(connection, EventSql.INSERT_EVENT, events, EventBatchWriter::bindEvent);
            insertRows(
                    connection,
                    EventSql.INSERT_ACTOR,
                    inIndexOrder(
                            links(events, event -> event.actors),
                            comparingLong(row -> row.value().actorId),
                            row -> row.value().sortKey),
                    EventBatchWriter::bindActor);
            insertRows(
                    connection,
                    EventSql.INSERT_LOCATION,
                    inIndexOrder(
                            links(events, event -> event.locations),
                            comparingLong(row -> row.value().locationId),
                            row -> row.value().sortKey),
                    EventBatchWriter::bindLocation);
            insertRows(
                    connection,
                    EventSql.INSERT_LOCATION_SCOPE,
                    inIndexOrder(
                            links(events, event -> event.locationScope),
                            comparingLong(row -> row.value().locationId),
                            row -> row.value().sortKey),
                    EventBatchWriter::bindLocationScope);
            insertRows(
                    connection,
                    EventSql.INSERT_SOURCE,
                    links(events, event -> event.sources),
                    EventBatchWriter::bindSource);
            insertRows(connection, EventSql.INSERT_TAG, links(events, event -> event.tags), EventBatchWriter::bindTag);
            insertRows(
                    connection,
                    EventSql.INSERT_TERM,
                    inIndexOrder(
                            links(events, event -> event.terms),
                            comparing(row -> row.value().term),
                            row -> row.value().sortKey),
                    EventBatchWriter::bindTerm);
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

    /** One row of a link table: the event, the value's position in its collection, the value. */
    private record Link<T>(Event event, int position, T value) {}

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
        rows.sort(byKey.thenComparingLong(sortKey).thenComparingLong(row -> row.event().id));
        return rows;
    }

    /** Sets the parameters of one row. */
    @FunctionalInterface
    private interface Binder<R> {
        void bind(PreparedStatement insert, R row) throws SQLException;
    }

    private static <R> void insertRows(Connection connection, String sql, List<R> rows, Binder<R> binder)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (R row : rows) {
                binder.bind(insert, row);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void bindEvent(PreparedStatement insert, Event event) throws SQLException {
        insert.setLong(EventColumn.ID.parameter(), event.id);
        insert.setString(EventColumn.TITLE.parameter(), event.title);
        insert.setString(EventColumn.SUMMARY.parameter(), event.summary);
        insert.setString(EventColumn.EVENT_TYPE.parameter(), event.type.name());
        insert.setString(EventColumn.DATE_EDTF.parameter(), event.dateEdtf);
        insert.setString(EventColumn.DATE_PRECISION.parameter(), event.datePrecision.name());
        insert.setBoolean(EventColumn.DATE_APPROXIMATE.parameter(), event.dateApproximate);
        setDate(insert, EventColumn.DATE_EARLIEST.parameter(), event.dateEarliest);
        setDate(insert, EventColumn.DATE_LATEST.parameter(), event.dateLatest);
        insert.setLong(EventColumn.SORT_KEY.parameter(), event.sortKey);
        insert.setString(EventColumn.DATE_EXPRESSION.parameter(), event.dateExpression);
        setDate(insert, EventColumn.DATE_REFERENCE.parameter(), event.dateReference);
        insert.setString(EventColumn.EXTERNAL_SOURCE.parameter(), event.externalSource);
        insert.setString(EventColumn.EXTERNAL_ID.parameter(), event.externalId);
        setInstant(insert, EventColumn.CREATED_AT.parameter(), event.createdAt);
        setInstant(insert, EventColumn.UPDATED_AT.parameter(), event.updatedAt);
        insert.setString(EventColumn.CREATED_BY.parameter(), event.createdBy);
        insert.setString(EventColumn.UPDATED_BY.parameter(), event.updatedBy);
        insert.setLong(EventColumn.VERSION.parameter(), event.version);
    }

    private static void bindActor(PreparedStatement insert, Link<ActorLink> row) throws SQLException {
        insert.setLong(1, row.event().id);
        insert.setLong(2, row.value().actorId);
        insert.setInt(3, row.position());
        insert.setString(4, row.value().role.name());
        insert.setLong(5, row.value().sortKey);
    }

    private static void bindLocation(PreparedStatement insert, Link<LocationLink> row) throws SQLException {
        insert.setLong(1, row.event().id);
        insert.setLong(2, row.value().locationId);
        insert.setInt(3, row.position());
        insert.setLong(4, row.value().sortKey);
    }

    private static void bindLocationScope(PreparedStatement insert, Link<LocationLink> row) throws SQLException {
        insert.setLong(1, row.event().id);
        insert.setLong(2, row.value().locationId);
        insert.setLong(3, row.value().sortKey);
    }

    private static void bindSource(PreparedStatement insert, Link<Source> row) throws SQLException {
        insert.setLong(1, row.event().id);
        insert.setInt(2, row.position());
        insert.setString(3, row.value().url);
        insert.setString(4, row.value().publisher);
        setDate(insert, 5, row.value().publishedOn);
        insert.setString(6, row.value().quote);
    }

    private static void bindTag(PreparedStatement insert, Link<String> row) throws SQLException {
        insert.setLong(1, row.event().id);
        insert.setString(2, row.value());
    }

    private static void bindTerm(PreparedStatement insert, Link<TermLink> row) throws SQLException {
        insert.setLong(1, row.event().id);
        insert.setString(2, row.value().term);
        insert.setLong(3, row.value().sortKey);
    }

    private static void setDate(PreparedStatement insert, int index, LocalDate date) throws SQLException {
        insert.setObject(index, date, Types.DATE);
    }

    private static void setInstant(PreparedStatement insert, int index, Instant instant) throws SQLException {
        insert.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
    }
}
