package dev.geotimeline.timeline;

import dev.geotimeline.event.EventType;
import dev.geotimeline.paging.Cursor;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A validated timeline question. Repeated actors, locations and words must all
 * match (events involving both Putin and al-Sharaa); several types match any.
 * An event matches a date range when its possible days overlap the range.
 */
public record TimelineQuery(
        List<Long> actorIds,
        List<Long> locationIds,
        boolean includeSublocations,
        Set<EventType> types,
        LocalDate from,
        LocalDate to,
        List<String> terms,
        boolean descending,
        Cursor after,
        int limit) {

    /** The same question with its actors in this order (the first one drives the walk). */
    TimelineQuery withActorIds(List<Long> actors) {
        return new TimelineQuery(
                actors, locationIds, includeSublocations, types, from, to, terms, descending, after, limit);
    }

    /** The same question about one of its types. */
    TimelineQuery ofType(EventType type) {
        return new TimelineQuery(
                actorIds, locationIds, includeSublocations, Set.of(type), from, to, terms, descending, after, limit);
    }

    /** The same question, continued after {@code position}. */
    public TimelineQuery after(Cursor position) {
        return new TimelineQuery(
                actorIds, locationIds, includeSublocations, types, from, to, terms, descending, position, limit);
    }

    /** The same question, {@code size} events a page. */
    public TimelineQuery pagesOf(int size) {
        return new TimelineQuery(
                actorIds, locationIds, includeSublocations, types, from, to, terms, descending, after, size);
    }
}
