package dev.geotimeline.event;

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
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The read model of events: builds API views straight from SQL rows, with five
 * queries whatever the page size (events, actors, places, sources, tags) and no
 * entity hydration: timeline pages are read-only and hot; entities are for writes.
 */
@ApplicationScoped
public class EventViews {

    private final EntityManager em;

    public EventViews(EntityManager em) {
        this.em = em;
    }

    /** Views of the given events, in the order of {@code ids}; missing ids are skipped. */
    public List<EventResponse> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = String.join(",", Collections.nCopies(ids.size(), "?"));
        Map<Long, Row> rows = events(in, ids);
        actors(in, ids, rows);
        locations(in, ids, rows);
        sources(in, ids, rows);
        tags(in, ids, rows);
        return ids.stream().map(rows::get).filter(Objects::nonNull).map(Row::toResponse).toList();
    }

    /** The view of an event just written in the current transaction (flushed first, so the rows are there). */
    public EventResponse of(Event event) {
        em.flush();
        return load(List.of(event.id)).get(0);
    }

    private Map<Long, Row> events(String in, List<Long> ids) {
        Map<Long, Row> rows = new HashMap<>();
        query("""
                select id, title, summary, event_type, date_edtf, date_precision, date_approximate, date_earliest,
                       date_latest, date_expression, date_reference, external_source, external_id, created_at,
                       updated_at, created_by, updated_by, version
                from event where id in (%s)""".formatted(in), ids, result -> {
            Row row = new Row(number(result[0]));
            row.title = (String) result[1];
            row.summary = (String) result[2];
            row.type = EventType.valueOf((String) result[3]);
            row.date = new DateView((String) result[4], DatePrecision.valueOf((String) result[5]),
                    (Boolean) result[6], localDate(result[7]), localDate(result[8]), (String) result[9],
                    localDate(result[10]));
            row.externalKey = result[11] == null ? null : new ExternalKey((String) result[11], (String) result[12]);
            row.createdAt = instant(result[13]);
            row.updatedAt = instant(result[14]);
            row.createdBy = (String) result[15];
            row.updatedBy = (String) result[16];
            row.version = number(result[17]);
            rows.put(row.id, row);
        });
        return rows;
    }

    private void actors(String in, List<Long> ids, Map<Long, Row> rows) {
        query("""
                select ea.event_id, a.id, a.slug, a.name, ea.role from event_actor ea join actor a on a.id = ea.actor_id
                where ea.event_id in (%s) order by ea.event_id, ea.position""".formatted(in), ids, result ->
                rows.get(number(result[0])).actors.add(new ActorView(number(result[1]), (String) result[2],
                        (String) result[3], ActorRole.valueOf((String) result[4]))));
    }

    private void locations(String in, List<Long> ids, Map<Long, Row> rows) {
        query("""
                select el.event_id, l.id, l.slug, l.name from event_location el join location l on l.id = el.location_id
                where el.event_id in (%s) order by el.event_id, el.position""".formatted(in), ids, result ->
                rows.get(number(result[0])).locations.add(new LocationSummary(number(result[1]), (String) result[2],
                        (String) result[3])));
    }

    private void sources(String in, List<Long> ids, Map<Long, Row> rows) {
        query("""
                select event_id, url, publisher, published_on, quote from event_source
                where event_id in (%s) order by event_id, position""".formatted(in), ids, result ->
                rows.get(number(result[0])).sources.add(new SourceView((String) result[1], (String) result[2],
                        localDate(result[3]), (String) result[4])));
    }

    private void tags(String in, List<Long> ids, Map<Long, Row> rows) {
        query("select event_id, tag from event_tag where event_id in (%s) order by event_id, tag"
                .formatted(in), ids, result -> rows.get(number(result[0])).tags.add((String) result[1]));
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
            return new EventResponse(id, title, summary, type, date, actors, locations, sources, tags, externalKey,
                    createdAt, updatedAt, createdBy, updatedBy, version);
        }
    }
}
