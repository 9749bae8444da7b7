package dev.geotimeline.event;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The hand-written SQL of events: the read model's queries ({@link EventViews}) and the bulk
 * writer's event columns ({@link EventBatchWriter}). Entity work goes through {@link EventRepository}.
 */
final class EventSql {

    /** The columns of the event table, in the order of the insert's parameters and of the select's values. */
    enum EventColumn {
        ID,
        TITLE,
        SUMMARY,
        EVENT_TYPE,
        DATE_EDTF,
        DATE_PRECISION,
        DATE_APPROXIMATE,
        DATE_EARLIEST,
        DATE_LATEST,
        SORT_KEY,
        DATE_EXPRESSION,
        DATE_REFERENCE,
        EXTERNAL_SOURCE,
        EXTERNAL_ID,
        CREATED_AT,
        UPDATED_AT,
        CREATED_BY,
        UPDATED_BY,
        VERSION;

        String column() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** 0-based value index in a row of {@link #selectEvents(int)} and of the bulk writer's rows. */
        int value() {
            return ordinal();
        }
    }

    static final List<String> EVENT_COLUMN_NAMES =
            Arrays.stream(EventColumn.values()).map(EventColumn::column).toList();

    private static final String EVENT_COLUMNS = String.join(", ", EVENT_COLUMN_NAMES);

    /** The kinds of detail rows of {@link #selectDetails(int)}, its first value. */
    static final int ACTOR = 1;

    static final int LOCATION = 2;
    static final int SOURCE = 3;
    static final int TAG = 4;

    private EventSql() {}

    /** The events with the given ids (one parameter each). */
    static String selectEvents(int ids) {
        return "select " + EVENT_COLUMNS + " from event where id in (" + placeholders(ids) + ")";
    }

    /**
     * Actors, places, sources and tags of the events in one statement: one row per item, by kind; the
     * ids are bound once per kind. Values: kind, event id, position, item id, slug or url or tag, name or
     * publisher, role or quote, published on.
     */
    static String selectDetails(int ids) {
        return """
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
                order by 1, 2, 3, 5""".formatted(placeholders(ids));
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
