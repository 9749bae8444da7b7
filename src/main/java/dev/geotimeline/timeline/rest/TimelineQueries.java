package dev.geotimeline.timeline.rest;

import dev.geotimeline.actor.ActorService;
import dev.geotimeline.date.Edtf;
import dev.geotimeline.date.EventDate;
import dev.geotimeline.date.InvalidDateException;
import dev.geotimeline.event.EventType;
import dev.geotimeline.location.LocationService;
import dev.geotimeline.paging.Cursor;
import dev.geotimeline.problem.ProblemException;
import dev.geotimeline.text.SearchTerms;
import dev.geotimeline.timeline.TimelineQuery;
import dev.geotimeline.web.PageLimits;
import dev.geotimeline.web.QueryParameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Parses the query parameters of a timeline request, once, into a {@link TimelineQuery}. */
@ApplicationScoped
public class TimelineQueries {

    private static final int MAX_FILTER_VALUES = 10;

    private final ActorService actors;
    private final LocationService locations;
    private final PageLimits limits;

    public TimelineQueries(ActorService actors, LocationService locations, PageLimits limits) {
        this.actors = actors;
        this.locations = locations;
        this.limits = limits;
    }

    public TimelineQuery of(
            TimelineParameters p,
            List<String> actorReferences,
            List<String> locationReferences,
            String includeSublocations) {
        return query(
                p,
                actorReferences,
                locationReferences,
                includeSublocations,
                descending(p.order),
                Cursor.decode("cursor", p.cursor),
                limits.resolve(p.limit));
    }

    /** The filters alone (histograms): no order, cursor or limit. */
    public TimelineQuery filtersOf(
            TimelineFilters p,
            List<String> actorReferences,
            List<String> locationReferences,
            String includeSublocations) {
        return query(p, actorReferences, locationReferences, includeSublocations, false, null, 1);
    }

    private TimelineQuery query(
            TimelineFilters p,
            List<String> actorReferences,
            List<String> locationReferences,
            String includeSublocations,
            boolean descending,
            Cursor after,
            int limit) {
        List<Long> actorIds = resolveAll("actor", actorReferences, reference -> actors.requireId("actor", reference));
        List<Long> locationIds =
                resolveAll("location", locationReferences, reference -> locations.requireId("location", reference));
        LocalDate from = dateBound("from", p.from, true);
        LocalDate to = dateBound("to", p.to, false);
        if (from != null && to != null && from.isAfter(to)) {
            throw ProblemException.badRequest(
                    "to", "'to' (" + p.to.strip() + ") is before 'from' (" + p.from.strip() + ")");
        }
        return new TimelineQuery(
                actorIds,
                locationIds,
                QueryParameters.bool("includeSublocations", includeSublocations, true),
                types(p.type),
                from,
                to,
                terms(p.q),
                descending,
                after,
                limit);
    }

    /** The actor or location named in the path first, then the others of the query. */
    public static List<String> firstThen(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        if (rest != null) {
            all.addAll(rest);
        }
        return all;
    }

    private static <T> List<T> resolveAll(String field, List<String> references, Function<String, T> resolver) {
        List<String> values = QueryParameters.nonBlank(references);
        if (values.size() > MAX_FILTER_VALUES) {
            throw ProblemException.badRequest(field, "at most " + MAX_FILTER_VALUES + " values of '" + field + "'");
        }
        List<T> resolved = new ArrayList<>();
        for (String value : values) {
            T id = resolver.apply(value);
            if (!resolved.contains(id)) {
                resolved.add(id);
            }
        }
        return resolved;
    }

    /** A from/to bound given as EDTF: "from=2024-12" starts on 1 December, "to=2024-12" ends on the 31st. */
    private static LocalDate dateBound(String field, String value, boolean start) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            EventDate date = Edtf.parse(value);
            return start ? date.earliest() : date.latest();
        } catch (InvalidDateException e) {
            throw ProblemException.badRequest(field, e.getMessage());
        }
    }

    private static Set<EventType> types(List<String> values) {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (String value : QueryParameters.nonBlank(values)) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    types.add(QueryParameters.enumValue(EventType.class, "type", part, null));
                }
            }
        }
        return types;
    }

    private static List<String> terms(String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        if (q.length() > 200) {
            throw ProblemException.badRequest("q", "the search text is limited to 200 characters");
        }
        List<String> terms = List.copyOf(SearchTerms.of(q));
        if (terms.isEmpty()) {
            throw ProblemException.badRequest("q", "the search text has no searchable words");
        }
        if (terms.size() > MAX_FILTER_VALUES) {
            throw ProblemException.badRequest("q", "at most " + MAX_FILTER_VALUES + " words can be searched at once");
        }
        return terms;
    }

    private static boolean descending(String order) {
        if (order == null || order.isBlank() || order.strip().equalsIgnoreCase("asc")) {
            return false;
        }
        if (order.strip().equalsIgnoreCase("desc")) {
            return true;
        }
        throw ProblemException.badRequest("order", "order must be 'asc' or 'desc'");
    }
}
