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
 * The read model of events: builds API views straight from SQL rows, with two
 * queries whatever the page size (events, then their actors, places, sources and tags) and no
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
        details(in, ids, rows);
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

    private static final int ACTOR = 1;
    private static final int LOCATION = 2;
    private static final int SOURCE = 3;
    private static final int TAG = 4;

    /** Actors, places, sources and tags of the events in one statement: one row per item, by kind. */
    private void details(String in, List<Long> ids, Map<Long, Row> rows) {
        List<Long> parameters = new ArrayList<>(4 * ids.size());
        for (int kind = ACTOR; kind <= TAG; kind++) {
            parameters.addAll(ids);
        }
        query("""
                select 1, ea.event_id, ea.position, a.id, a.slug, a.name, ea.role, cast(null as date)
                from event_actor ea join actor a on a.id = ea.actor_id where ea.event_id in (%1$s)
                union all
                select 2, el.event_id, el.position, l.id, l.slug, l.name, cast(null as varchar(16)), cast(null as date)
                from event_location el join location l on l.id = el.location_id where el.event_id in (%1$s)
                union all
                select 3, event_id, position, cast(null as bigint), url, publisher, quote, published_on
                from event_source where event_id in (%1$s)
                union all
                select 4, event_id, 0, cast(null as bigint), tag, cast(null as varchar(200)),
                       cast(null as varchar(16)), cast(null as date)
                from event_tag where event_id in (%1$s)
                order by 1, 2, 3, 5""".formatted(in), parameters, result -> {
            Row row = rows.get(number(result[1]));
            switch (((Number) result[0]).intValue()) {
                case ACTOR -> row.actors.add(new ActorView(number(result[3]), (String) result[4], (String) result[5],
                        ActorRole.valueOf((String) result[6])));
                case LOCATION -> row.locations.add(new LocationSummary(number(result[3]), (String) result[4],
                        (String) result[5]));
                case SOURCE -> row.sources.add(new SourceView((String) result[4], (String) result[5],
                        localDate(result[7]), (String) result[6]));
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
