package dev.geotimeline.event;

import static dev.geotimeline.event.EventSql.EventColumn.CREATED_AT;
import static dev.geotimeline.event.EventSql.EventColumn.CREATED_BY;
import static dev.geotimeline.event.EventSql.EventColumn.DATE_APPROXIMATE;
import static dev.geotimeline.event.EventSql.EventColumn.DATE_EARLIEST;
import static dev.geotimeline.event.EventSql.EventColumn.DATE_EDTF;
import static dev.geotimeline.event.EventSql.EventColumn.DATE_EXPRESSION;
import static dev.geotimeline.event.EventSql.EventColumn.DATE_LATEST;
import static dev.geotimeline.event.EventSql.EventColumn.DATE_PRECISION;
import static dev.geotimeline.event.EventSql.EventColumn.DATE_REFERENCE;
import static dev.geotimeline.event.EventSql.EventColumn.EVENT_TYPE;
import static dev.geotimeline.event.EventSql.EventColumn.EXTERNAL_ID;
import static dev.geotimeline.event.EventSql.EventColumn.EXTERNAL_SOURCE;
import static dev.geotimeline.event.EventSql.EventColumn.ID;
import static dev.geotimeline.event.EventSql.EventColumn.SUMMARY;
import static dev.geotimeline.event.EventSql.EventColumn.TITLE;
import static dev.geotimeline.event.EventSql.EventColumn.UPDATED_AT;
import static dev.geotimeline.event.EventSql.EventColumn.UPDATED_BY;
import static dev.geotimeline.event.EventSql.EventColumn.VERSION;

import dev.geotimeline.date.DatePrecision;
import dev.geotimeline.event.EventRequest.ExternalKey;
import dev.geotimeline.event.EventResponse.ActorView;
import dev.geotimeline.event.EventResponse.DateView;
import dev.geotimeline.event.EventResponse.SourceView;
import dev.geotimeline.location.LocationSummary;
import dev.geotimeline.store.Chunks;
import dev.geotimeline.store.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The read model of events: builds API views straight from SQL rows ({@link EventSql}), with two
 * queries whatever the page size (events, then their actors, places, sources and tags) and no
 * entity hydration: timeline pages are read-only and hot; entities are for writes.
 */
@ApplicationScoped
public class EventViews {

    private final EntityManager em;

    public EventViews(EntityManager em) {
        this.em = em;
    }

    /**
     * Views of the given events, in the order of {@code ids}; missing ids are skipped. Read with plain JDBC:
     * a write earlier in the transaction must have been flushed ({@link #of} does).
     */
    public List<EventResponse> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Row> rows = events(ids);
        details(ids, rows);
        return ids.stream()
                .map(rows::get)
                .filter(Objects::nonNull)
                .map(Row::toResponse)
                .toList();
    }

    /** The view of an event just written in the current transaction (flushed first, so the rows are there). */
    public EventResponse of(Event event) {
        em.flush();
        return load(List.of(event.id)).get(0);
    }

    /**
     * Views of events about to be inserted (ids assigned, not yet written): from their fields and the names
     * of their actors and places, read with one query per kind, as {@link #load} would read them once stored.
     */
    List<EventResponse> ofUnstored(List<Event> events) {
        Set<Long> actorIds = new HashSet<>();
        Set<Long> locationIds = new HashSet<>();
        for (Event event : events) {
            event.actors.forEach(link -> actorIds.add(link.actorId));
            event.locations.forEach(link -> locationIds.add(link.locationId));
        }
        Map<Long, Names> actorNames = names("actor", actorIds);
        Map<Long, Names> locationNames = names("location", locationIds);
        List<EventResponse> views = new ArrayList<>(events.size());
        for (Event event : events) {
            Row row = new Row(event.id);
            row.title = event.title;
            row.summary = event.summary;
            row.type = event.type;
            row.date = new DateView(
                    event.dateEdtf,
                    event.datePrecision,
                    event.dateApproximate,
                    event.dateEarliest,
                    event.dateLatest,
                    event.dateExpression,
                    event.dateReference);
            row.externalKey =
                    event.externalSource == null ? null : new ExternalKey(event.externalSource, event.externalId);
            row.createdAt = event.createdAt;
            row.updatedAt = event.updatedAt;
            row.createdBy = event.createdBy;
            row.updatedBy = event.updatedBy;
            row.version = event.version;
            for (ActorLink link : event.actors) {
                Names names = actorNames.get(link.actorId);
                row.actors.add(new ActorView(link.actorId, names.slug(), names.name(), link.role));
            }
            for (LocationLink link : event.locations) {
                Names names = locationNames.get(link.locationId);
                row.locations.add(new LocationSummary(link.locationId, names.slug(), names.name()));
            }
            event.sources.forEach(source ->
                    row.sources.add(new SourceView(source.url, source.publisher, source.publishedOn, source.quote)));
            row.tags.addAll(event.tags);
            views.add(row.toResponse());
        }
        return views;
    }

    /** How an actor or a place is named in an event's view. */
    private record Names(String slug, String name) {}

    /** Slug and name by id of the given actors or locations. */
    private Map<Long, Names> names(String table, Set<Long> ids) {
        Map<Long, Names> names = new HashMap<>();
        for (List<Long> some : Chunks.of(ids, Chunks.KEYS_PER_STATEMENT)) {
            Jdbc.select(
                            em,
                            "select id, slug, name from " + table + " where id in (" + placeholders(some.size()) + ")",
                            some,
                            row -> Map.entry(row.getLong(1), new Names(row.getString(2), row.getString(3))))
                    .forEach(entry -> names.put(entry.getKey(), entry.getValue()));
        }
        return names;
    }

    private Map<Long, Row> events(List<Long> ids) {
        Map<Long, Row> rows = new HashMap<>();
        for (Row row : Jdbc.select(em, EventSql.selectEvents(ids.size()), ids, EventViews::eventRow)) {
            rows.put(row.id, row);
        }
        return rows;
    }

    private static Row eventRow(ResultSet result) throws SQLException {
        Row row = new Row(result.getLong(column(ID)));
        row.title = result.getString(column(TITLE));
        row.summary = result.getString(column(SUMMARY));
        row.type = EventType.valueOf(result.getString(column(EVENT_TYPE)));
        row.date = new DateView(
                result.getString(column(DATE_EDTF)),
                DatePrecision.valueOf(result.getString(column(DATE_PRECISION))),
                result.getBoolean(column(DATE_APPROXIMATE)),
                result.getObject(column(DATE_EARLIEST), LocalDate.class),
                result.getObject(column(DATE_LATEST), LocalDate.class),
                result.getString(column(DATE_EXPRESSION)),
                result.getObject(column(DATE_REFERENCE), LocalDate.class));
        String externalSource = result.getString(column(EXTERNAL_SOURCE));
        row.externalKey =
                externalSource == null ? null : new ExternalKey(externalSource, result.getString(column(EXTERNAL_ID)));
        row.createdAt = instant(result, column(CREATED_AT));
        row.updatedAt = instant(result, column(UPDATED_AT));
        row.createdBy = result.getString(column(CREATED_BY));
        row.updatedBy = result.getString(column(UPDATED_BY));
        row.version = result.getLong(column(VERSION));
        return row;
    }

    /** An actor, place, source or tag of an event, as a row of {@link EventSql#selectDetails} gives it. */
    private record Detail(long eventId, Object item) {}

    private void details(List<Long> ids, Map<Long, Row> rows) {
        List<Long> parameters = new ArrayList<>(4 * ids.size());
        for (int kind = EventSql.ACTOR; kind <= EventSql.TAG; kind++) {
            parameters.addAll(ids);
        }
        for (Detail detail : Jdbc.select(em, EventSql.selectDetails(ids.size()), parameters, EventViews::detail)) {
            Row row = rows.get(detail.eventId());
            if (detail.item() instanceof ActorView actor) {
                row.actors.add(actor);
            } else if (detail.item() instanceof LocationSummary location) {
                row.locations.add(location);
            } else if (detail.item() instanceof SourceView source) {
                row.sources.add(source);
            } else {
                row.tags.add((String) detail.item());
            }
        }
    }

    private static Detail detail(ResultSet result) throws SQLException {
        long eventId = result.getLong(2);
        Object item = switch (result.getInt(1)) {
            case EventSql.ACTOR ->
                new ActorView(
                        result.getLong(4),
                        result.getString(5),
                        result.getString(6),
                        ActorRole.valueOf(result.getString(7)));
            case EventSql.LOCATION -> new LocationSummary(result.getLong(4), result.getString(5), result.getString(6));
            case EventSql.SOURCE ->
                new SourceView(
                        result.getString(5),
                        result.getString(6),
                        result.getObject(8, LocalDate.class),
                        result.getString(7));
            default -> result.getString(5);
        };
        return new Detail(eventId, item);
    }

    /** The JDBC index (1-based) of a column of {@link EventSql#selectEvents}. */
    private static int column(EventSql.EventColumn column) {
        return column.value() + 1;
    }

    private static Instant instant(ResultSet result, int column) throws SQLException {
        return result.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** An event being assembled from its rows. */
    private static final class Row {
        final long id;
        String title;
        String summary;
        EventType type;
        DateView date;
        ExternalKey externalKey;
        Instant createdAt;
        Instant updatedAt;
        String createdBy;
        String updatedBy;
        long version;
        final List<ActorView> actors = new ArrayList<>();
        final List<LocationSummary> locations = new ArrayList<>();
        final List<SourceView> sources = new ArrayList<>();
        final List<String> tags = new ArrayList<>();

        Row(long id) {
            this.id = id;
        }

        EventResponse toResponse() {
            // Sorted here, not by the database: the same order on every engine and collation, and for
            // events rendered before they are stored.
            tags.sort(null);
            return new EventResponse(
                    id,
                    title,
                    summary,
                    type,
                    date,
                    actors,
                    locations,
                    sources,
                    tags,
                    externalKey,
                    createdAt,
                    updatedAt,
                    createdBy,
                    updatedBy,
                    version);
        }
    }
}
