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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
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

    private static final int NAMES_PER_QUERY = 500;

    private final EntityManager em;

    public EventViews(EntityManager em) {
        this.em = em;
    }

    /** Views of the given events, in the order of {@code ids}; missing ids are skipped. */
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
        List<Long> all = List.copyOf(ids);
        for (int start = 0; start < all.size(); start += NAMES_PER_QUERY) {
            List<Long> some = all.subList(start, Math.min(all.size(), start + NAMES_PER_QUERY));
            query(
                    "select id, slug, name from " + table + " where id in (" + placeholders(some.size()) + ")",
                    some,
                    result -> names.put(number(result[0]), new Names((String) result[1], (String) result[2])));
        }
        return names;
    }

    private Map<Long, Row> events(List<Long> ids) {
        Map<Long, Row> rows = new HashMap<>();
        query(EventSql.selectEvents(ids.size()), ids, result -> {
            Row row = new Row(number(result[ID.value()]));
            row.title = (String) result[TITLE.value()];
            row.summary = (String) result[SUMMARY.value()];
            row.type = EventType.valueOf((String) result[EVENT_TYPE.value()]);
            row.date = new DateView(
                    (String) result[DATE_EDTF.value()],
                    DatePrecision.valueOf((String) result[DATE_PRECISION.value()]),
                    (Boolean) result[DATE_APPROXIMATE.value()],
                    localDate(result[DATE_EARLIEST.value()]),
                    localDate(result[DATE_LATEST.value()]),
                    (String) result[DATE_EXPRESSION.value()],
                    localDate(result[DATE_REFERENCE.value()]));
            row.externalKey = result[EXTERNAL_SOURCE.value()] == null
                    ? null
                    : new ExternalKey((String) result[EXTERNAL_SOURCE.value()], (String) result[EXTERNAL_ID.value()]);
            row.createdAt = instant(result[CREATED_AT.value()]);
            row.updatedAt = instant(result[UPDATED_AT.value()]);
            row.createdBy = (String) result[CREATED_BY.value()];
            row.updatedBy = (String) result[UPDATED_BY.value()];
            row.version = number(result[VERSION.value()]);
            rows.put(row.id, row);
        });
        return rows;
    }

    private void details(List<Long> ids, Map<Long, Row> rows) {
        List<Long> parameters = new ArrayList<>(4 * ids.size());
        for (int kind = EventSql.ACTOR; kind <= EventSql.TAG; kind++) {
            parameters.addAll(ids);
        }
        query(EventSql.selectDetails(ids.size()), parameters, result -> {
            Row row = rows.get(number(result[1]));
            switch (((Number) result[0]).intValue()) {
                case EventSql.ACTOR ->
                    row.actors.add(new ActorView(
                            number(result[3]), (String) result[4], (String) result[5], ActorRole.valueOf((String)
                                    result[6])));
                case EventSql.LOCATION ->
                    row.locations.add(new LocationSummary(number(result[3]), (String) result[4], (String) result[5]));
                case EventSql.SOURCE ->
                    row.sources.add(new SourceView(
                            (String) result[4], (String) result[5], localDate(result[7]), (String) result[6]));
                default -> row.tags.add((String) result[4]);
            }
        });
    }

    private interface RowHandler {
        void accept(Object[] row);
    }

    private void query(String sql, List<Long> ids, RowHandler handler) {
        Query query = em.createNativeQuery(sql, Object[].class);
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 1, ids.get(i));
        }
        for (Object row : query.getResultList()) {
            handler.accept((Object[]) row);
        }
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDate localDate(Object value) {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return (LocalDate) value;
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.ZonedDateTime time) {
            return time.toInstant();
        }
        return (Instant) value;
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
