package dev.geotimeline.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.geotimeline.actor.ActorService;
import dev.geotimeline.api.JsonBodies;
import dev.geotimeline.api.Versions;
import dev.geotimeline.location.LocationSummary;
import dev.geotimeline.event.EventRequest.Participation;
import dev.geotimeline.event.EventRequest.SourceRequest;
import dev.geotimeline.api.MergePatch;
import dev.geotimeline.location.LocationService;
import dev.geotimeline.location.LocationsMoved;
import dev.geotimeline.naming.References;
import dev.geotimeline.problem.ProblemException;
import dev.geotimeline.problem.UserText;
import dev.geotimeline.problem.Validation;
import dev.geotimeline.text.SearchTerms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Storing events: validation, date resolution and the derived timeline rows. */
@ApplicationScoped
public class EventService {

    private final EntityManager em;
    private final Validation validation;
    private final ActorService actors;
    private final LocationService locations;
    private final EventViews views;
    private final EventMetrics metrics;
    private final JsonBodies json;

    public EventService(EntityManager em, Validation validation, ActorService actors, LocationService locations,
                        EventViews views, EventMetrics metrics, JsonBodies json) {
        this.json = json;
        this.metrics = metrics;
        this.em = em;
        this.validation = validation;
        this.actors = actors;
        this.locations = locations;
        this.views = views;
    }

    public EventResponse get(String reference) {
        return References.numericId(reference).stream().boxed()
                .flatMap(id -> views.load(List.of(id)).stream())
                .findFirst()
                .orElseThrow(() -> notFound(reference));
    }

    public Event require(String reference) {
        return References.numericId(reference).stream().boxed()
                .map(id -> em.find(Event.class, id))
                .filter(e -> e != null)
                .findFirst()
                .orElseThrow(() -> notFound(reference));
    }

    private static ProblemException notFound(String reference) {
        return ProblemException.notFound("id", "no event has the id " + UserText.quote(reference));
    }

    @Transactional
    public EventResponse create(EventRequest request, String author) {
        validation.check(request);
        Event event = new Event();
        rejectTakenExternalKey(null, request.externalKey());
        write(event, request, "");
        event.recordAuthor(author, true);
        event.persist();
        em.flush();
        metrics.created();
        return views.of(event);
    }

    @Transactional
    public EventResponse replace(String reference, EventRequest request, String author, Long expectedVersion) {
        validation.check(request);
        Event event = require(reference);
        Versions.require(expectedVersion, event.version);
        rejectTakenExternalKey(event.id, request.externalKey());
        write(event, request, "");
        event.recordAuthor(author, false);
        em.flush();
        metrics.updated();
        return views.of(event);
    }

    @Transactional
    public EventResponse patch(String reference, JsonNode patch, String author, Long expectedVersion) {
        Event event = require(reference);
        Versions.require(expectedVersion, event.version);
        ObjectNode current = (ObjectNode) json.tree(asRequest(event));
        if (patch != null && patch.has("date") && !patch.get("date").isNull() && !patch.has("when")) {
            // Giving a new EDTF date replaces a relative one: no need to null 'when' and 'reportedOn' too.
            current.remove("when");
            current.remove("reportedOn");
        }
        EventRequest patched = json.convert(MergePatch.apply(current, patch), EventRequest.class);
        return replace(reference, patched, author, expectedVersion);
    }

    @Transactional
    public void delete(String reference, Long expectedVersion) {
        Event event = require(reference);
        Versions.require(expectedVersion, event.version);
        event.delete();
        metrics.deleted();
    }

    /** The request that would store this event as it is now (the base of a merge patch). */
    private EventRequest asRequest(Event event) {
        EventResponse view = views.of(event);
        boolean relative = event.dateExpression != null;
        return new EventRequest(event.title, event.summary, event.type, relative ? null : event.dateEdtf,
                relative ? event.dateExpression : null, relative ? event.dateReference : null,
                view.actors().stream().map(a -> new Participation(a.slug(), a.role())).toList(),
                view.locations().stream().map(LocationSummary::slug).toList(),
                view.sources().stream().map(src -> new SourceRequest(src.url(), src.publisher(), src.publishedOn(),
                        src.quote())).toList(),
                view.tags(), view.externalKey());
    }

    /** What an import did with one row. */
    public enum Outcome { CREATED, UPDATED, UNCHANGED, CHECKED }

    /**
     * Creates the event, or updates {@code existing} (the stored event with the
     * same external key, if any) when {@code updateExisting}; with
     * {@code dryRun} only validates and resolves. A created event is stamped and
     * added to {@code toInsert}, for the caller to write with {@link EventBatchWriter}.
     */
    public Outcome upsert(EventRequest request, Event existing, boolean updateExisting, boolean dryRun,
                          String author, EventReferences references, List<Event> toInsert) {
        Event candidate = new Event();
        write(candidate, request, "", references);
        if (dryRun) {
            return Outcome.CHECKED;
        }
        if (existing == null) {
            candidate.recordAuthor(author, true);
            candidate.stampCreation();
            toInsert.add(candidate);
            return Outcome.CREATED;
        }
        if (!updateExisting || EventSignature.of(existing).equals(EventSignature.of(candidate))) {
            return Outcome.UNCHANGED;
        }
        write(existing, request, "", references);
        existing.recordAuthor(author, false);
        return Outcome.UPDATED;
    }

    /** Stored events with any of the given external ids of one source, by external id. */
    public Map<String, Event> findByExternalIds(String source, List<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        // Whole (source, id) pairs: with "source = ? and id in (...)" H2 seeks only the source
        // in the unique index and then reads every event of that source.
        String pairs = IntStream.range(0, ids.size()).mapToObj(i -> "(:source, :id" + i + ")")
                .collect(Collectors.joining(", "));
        TypedQuery<Event> query = em.createQuery(
                "select e from Event e where (e.externalSource, e.externalId) in (" + pairs + ")", Event.class)
                .setParameter("source", source);
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter("id" + i, ids.get(i));
        }
        return query.getResultStream().collect(Collectors.toMap(e -> e.externalId, e -> e));
    }

    public EventReferences cachingReferences() {
        return EventReferences.caching(EventReferences.direct(actors, locations));
    }

    /**
     * Copies a validated request onto an event, resolving names and dates.
     * {@code prefix} locates the request inside a larger body for error messages.
     */
    public void write(Event event, EventRequest request, String prefix) {
        write(event, request, prefix, EventReferences.direct(actors, locations));
    }

    public void write(Event event, EventRequest request, String prefix, EventReferences references) {
        validation.check(request, prefix);
        EventDates.Resolved date = EventDates.resolve(request, prefix);
        event.title = request.title().strip();
        event.summary = request.summary() == null ? null : request.summary().strip();
        event.type = request.type();
        event.setDate(date.date(), date.expression(), date.reference());
        event.externalSource = request.externalKey() == null ? null : request.externalKey().source();
        event.externalId = request.externalKey() == null ? null : request.externalKey().id();
        linkActors(event, request.actors(), prefix, references);
        linkLocations(event, request.locationsOrEmpty(), prefix, references);
        event.sources.clear();
        for (SourceRequest source : request.sourcesOrEmpty()) {
            event.sources.add(new Source(source.url().strip(), source.publisher(), source.publishedOn(), source.quote()));
        }
        event.tags.clear();
        request.tagsOrEmpty().forEach(tag -> event.tags.add(tag.strip()));
        event.terms.clear();
        SearchTerms.of(event.title, event.summary).forEach(term -> event.terms.add(new TermLink(term, event.sortKey)));
    }

    void onLocationsMoved(@Observes LocationsMoved moved) {
        List<Event> affected = em.createQuery("""
                        select distinct e from Event e join e.locations l where l.locationId in :ids""", Event.class)
                .setParameter("ids", moved.locationIds()).getResultList();
        for (Event event : affected) {
            Set<Long> direct = new LinkedHashSet<>();
            event.locations.forEach(link -> direct.add(link.locationId));
            Set<Long> scope = new LinkedHashSet<>();
            locations.byIds(direct).values().forEach(location -> scope.addAll(location.selfAndAncestorIds()));
            setScope(event, scope);
        }
    }

    private static void linkActors(Event event, List<Participation> participations, String prefix,
                                   EventReferences references) {
        event.actors.clear();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < participations.size(); i++) {
            String field = prefix + "actors[" + i + "].actor";
            long actorId = references.actorId(field, participations.get(i).actor());
            if (!seen.add(actorId)) {
                throw ProblemException.badRequest(field, "the actor '" + participations.get(i).actor()
                        + "' is already listed in this event (perhaps under another name)");
            }
            event.actors.add(new ActorLink(actorId, participations.get(i).role(), event.sortKey));
        }
    }

    private static void linkLocations(Event event, List<String> names, String prefix, EventReferences references) {
        event.locations.clear();
        Set<Long> scope = new LinkedHashSet<>();
        Set<Long> direct = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String field = prefix + "locations[" + i + "]";
            EventReferences.Place place = references.place(field, names.get(i));
            if (!direct.add(place.id())) {
                throw ProblemException.badRequest(field, "the location '" + names.get(i)
                        + "' is already listed in this event (perhaps under another name)");
            }
            event.locations.add(new LocationLink(place.id(), event.sortKey));
            scope.addAll(place.selfAndAncestors());
        }
        setScope(event, scope);
    }

    private static void setScope(Event event, Set<Long> scope) {
        event.locationScope.clear();
        scope.forEach(id -> event.locationScope.add(new LocationLink(id, event.sortKey)));
    }

    private void rejectTakenExternalKey(Long ownId, EventRequest.ExternalKey key) {
        if (key == null || key.source() == null || key.id() == null) {
            return;
        }
        List<Long> owners = em.createQuery("""
                        select e.id from Event e where e.externalSource = :source and e.externalId = :id""", Long.class)
                .setParameter("source", key.source()).setParameter("id", key.id())
                .getResultList();
        if (owners.stream().anyMatch(id -> !id.equals(ownId))) {
            throw ProblemException.conflict("externalKey", "another event already has this external key; "
                    + "use the import endpoint to update events by external key");
        }
    }
}
