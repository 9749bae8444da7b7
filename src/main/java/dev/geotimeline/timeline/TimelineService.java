package dev.geotimeline.timeline;

import dev.geotimeline.problem.EnumParameters;
import dev.geotimeline.actor.ActorService;
import dev.geotimeline.date.Edtf;
import dev.geotimeline.date.EventDate;
import dev.geotimeline.date.InvalidDateException;
import dev.geotimeline.event.EventResponse;
import dev.geotimeline.event.EventType;
import dev.geotimeline.event.EventViews;
import dev.geotimeline.location.LocationService;
import dev.geotimeline.paging.Cursor;
import dev.geotimeline.paging.Page;
import dev.geotimeline.paging.PageLimits;
import dev.geotimeline.problem.ProblemException;
import dev.geotimeline.text.SearchTerms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Answers timeline questions: validates the parameters, runs the query, assembles the page. */
@ApplicationScoped
public class TimelineService {

    private static final int MAX_FILTER_VALUES = 10;

    private final ActorService actors;
    private final LocationService locations;
    private final TimelineRepository repository;
    private final EventViews views;
    private final PageLimits limits;

    public TimelineService(ActorService actors, LocationService locations, TimelineRepository repository,
                           EventViews views, PageLimits limits) {
        this.actors = actors;
        this.locations = locations;
        this.repository = repository;
        this.views = views;
        this.limits = limits;
    }

    /** The raw query parameters of a timeline request. */
    public record Parameters(List<String> actor, List<String> location, String includeSublocations,
                             List<String> type, String from, String to, String q, String order,
                             String cursor, String limit) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<EventResponse> timeline(Parameters parameters) {
        TimelineQuery query = parse(parameters);
        List<Cursor> rows = repository.findPage(query);
        Page<Cursor> page = Page.fromLookahead(rows, query.limit(), row -> row);
        List<Long> ids = page.items().stream().map(Cursor::id).toList();
        return new Page<>(views.load(ids), page.next());
    }

    private TimelineQuery parse(Parameters p) {
        List<Long> actorIds = resolveAll("actor", p.actor(), reference -> actors.require("actor", reference).id);
        List<Long> locationIds = resolveAll("location", p.location(),
                reference -> locations.require("location", reference).id);
        LocalDate from = dateBound("from", p.from(), true);
        LocalDate to = dateBound("to", p.to(), false);
        if (from != null && to != null && from.isAfter(to)) {
            throw ProblemException.badRequest("to", "'to' (" + p.to().strip() + ") is before 'from' (" + p.from().strip() + ")");
        }
        return new TimelineQuery(actorIds, locationIds, bool("includeSublocations", p.includeSublocations(), true),
                types(p.type()), from, to, terms(p.q()), descending(p.order()),
                Cursor.decode("cursor", p.cursor()), limits.resolve(p.limit()));
    }

    private static <T> List<T> resolveAll(String field, List<String> references,
                                          java.util.function.Function<String, T> resolver) {
        List<String> values = nonBlank(references);
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
        for (String value : nonBlank(values)) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    types.add(EnumParameters.parse(EventType.class, "type", part, null));
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

    private static boolean bool(String field, String value, boolean fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.badRequest(field, field + " must be 'true' or 'false'");
        };
    }

    private static List<String> nonBlank(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }
}
