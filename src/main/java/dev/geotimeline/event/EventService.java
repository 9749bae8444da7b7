package dev.geotimeline.event;

import dev.geotimeline.actor.ActorService;
import dev.geotimeline.event.EventRequest.Participation;
import dev.geotimeline.event.EventRequest.SourceRequest;
import dev.geotimeline.location.LocationService;
import dev.geotimeline.location.LocationSummary;
import dev.geotimeline.location.LocationsMoved;
import dev.geotimeline.named.Identifiers;
import dev.geotimeline.problem.ProblemException;
import dev.geotimeline.problem.Validation;
import dev.geotimeline.store.BulkWrite;
import dev.geotimeline.text.UserText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Storing events: validation, date resolution and the derived timeline rows. */
@ApplicationScoped
public class EventService {

    private final EventRepository events;
    private final EventViews views;
    private final EventBatchWriter writer;
    private final EventMetrics metrics;
    private final EventDateCounts dateCounts;
    private final EventDocuments documents;
    private final Validation validation;
    private final ActorService actors;
    private final LocationService locations;
    private final LinkTargets linkTargets;
    private final jakarta.enterprise.event.Event<BulkWrite> bulkWrites;

    public EventService(
            EventRepository events,
            EventViews views,
            EventBatchWriter writer,
            EventMetrics metrics,
            EventDateCounts dateCounts,
            EventDocuments documents,
            Validation validation,
            ActorService actors,
            LocationService locations,
            LinkTargets linkTargets,
            jakarta.enterprise.event.Event<BulkWrite> bulkWrites) {
        this.events = events;
        this.views = views;
        this.writer = writer;
        this.metrics = metrics;
        this.dateCounts = dateCounts;
        this.documents = documents;
        this.validation = validation;
        this.actors = actors;
        this.locations = locations;
        this.linkTargets = linkTargets;
        this.bulkWrites = bulkWrites;
    }

    public EventResponse get(String reference) {
        return Identifiers.numericId(reference).stream()
                .boxed()
                .flatMap(id -> views.load(List.of(id)).stream())
                .findFirst()
                .orElseThrow(() -> notFound(reference));
    }

    @Transactional
    public EventResponse create(EventRequest request, String author) {
        validation.check(request);
        Event event = new Event();
        rejectTakenExternalKey(null, request.externalKey());
        EventContent.copy(request, event, links(), false);
        event.recordAuthor(author, true);
        linkTargets.hold(List.of(event));
        events.persistAndFlush(event);
        dateCounts.added(event);
        metrics.created();
        return storedView(event);
    }

    @Transactional
    public EventResponse replace(String reference, EventRequest request, String author, Long expectedVersion) {
        validation.check(request);
        Event event = require(reference);
        event.requireVersion(expectedVersion);
        return store(event, request, author, false);
    }

    /**
     * Applies {@code change} to the stored event as a request, then replaces it, in one transaction. A patch
     * that leaves the date's fields alone keeps the stored date rather than resolving the words again: a tense
     * hint is not stored, and the rules may have changed since.
     */
    @Transactional
    public EventResponse patch(
            String reference, UnaryOperator<EventRequest> change, String author, Long expectedVersion) {
        Event event = require(reference);
        event.requireVersion(expectedVersion);
        EventRequest before = asRequest(event);
        EventRequest after = change.apply(before);
        validation.check(after);
        return store(event, after, author, sameDateWords(before, after));
    }

    private EventResponse store(Event event, EventRequest request, String author, boolean keepDate) {
        rejectTakenExternalKey(event.id, request.externalKey());
        EventDateCounts.Counted counted = dateCounts.counted(event);
        EventContent.copy(request, event, links(), keepDate);
        event.recordAuthor(author, false);
        linkTargets.hold(List.of(event));
        events.flush();
        dateCounts.moved(counted, event);
        metrics.updated();
        return storedView(event);
    }

    @Transactional
    public void delete(String reference, Long expectedVersion) {
        Event event = require(reference);
        event.requireVersion(expectedVersion);
        EventDateCounts.Counted counted = dateCounts.counted(event);
        events.delete(event);
        dateCounts.removed(counted);
        metrics.deleted();
    }

    /** Whether any of these external keys is stored (the external keys of seed data, for instance). */
    public boolean anyWithExternalKey(List<EventRequest.ExternalKey> keys) {
        return events.findByExternalKeys(keys).values().stream().anyMatch(found -> !found.isEmpty());
    }

    /** A batch for many events in the caller's transaction (imports). */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventBatch openBatch(BatchPolicy policy) {
        return new EventBatch(
                policy,
                events,
                writer,
                metrics,
                dateCounts,
                documents,
                validation,
                EventLinkResolver.caching(links()),
                linkTargets,
                bulkWrites);
    }

    /** The view of an event just written, which is also stored as its document. */
    private EventResponse storedView(Event event) {
        EventResponse view = views.of(event);
        documents.store(view);
        return view;
    }

    /** A move changes the scope rows and so the version of the events placed below the moved places. */
    void onLocationsMoved(@Observes LocationsMoved moved) {
        List<Event> placed = events.placedAt(moved.locationIds());
        for (Event event : placed) {
            Set<Long> direct = new LinkedHashSet<>();
            event.locations.forEach(link -> direct.add(link.locationId));
            Set<Long> scope = new LinkedHashSet<>();
            locations.byIds(direct).values().forEach(location -> scope.addAll(location.selfAndAncestorIds()));
            EventDateCounts.Counted counted = dateCounts.counted(event);
            EventContent.setScope(event, scope);
            dateCounts.moved(counted, event);
        }
        events.flush();
        documents.refresh(placed.stream().map(event -> event.id).toList());
    }

    private Event require(String reference) {
        return Identifiers.numericId(reference).stream()
                .boxed()
                .flatMap(id -> events.findByIdOptional(id).stream())
                .findFirst()
                .orElseThrow(() -> notFound(reference));
    }

    private static ProblemException notFound(String reference) {
        return ProblemException.notFound("id", "no event has the id " + UserText.quote(reference));
    }

    private EventLinkResolver links() {
        return EventLinkResolver.direct(actors, locations);
    }

    private static boolean sameDateWords(EventRequest before, EventRequest after) {
        return Objects.equals(before.date(), after.date())
                && Objects.equals(before.when(), after.when())
                && Objects.equals(before.reportedOn(), after.reportedOn())
                && after.whenTense() == null
                && after.whenContext() == null;
    }

    /** The request that would store this event as it is now (the base of a patch). */
    private EventRequest asRequest(Event event) {
        EventResponse view = views.of(event);
        boolean relative = event.dateExpression != null;
        return new EventRequest(
                event.title,
                event.summary,
                event.type,
                relative ? null : event.dateEdtf,
                relative ? event.dateExpression : null,
                relative ? event.dateReference : null,
                null,
                null,
                view.actors().stream()
                        .map(a -> new Participation(a.slug(), a.role()))
                        .toList(),
                view.locations().stream().map(LocationSummary::slug).toList(),
                view.sources().stream()
                        .map(src -> new SourceRequest(src.url(), src.publisher(), src.publishedOn(), src.quote()))
                        .toList(),
                view.tags(),
                view.externalKey());
    }

    private void rejectTakenExternalKey(Long ownId, EventRequest.ExternalKey key) {
        if (key == null || key.source() == null || key.id() == null) {
            return;
        }
        List<Long> owners = events.idsWithExternalKey(key.source(), key.id());
        if (owners.stream().anyMatch(id -> !id.equals(ownId))) {
            throw ProblemException.conflict(
                    "externalKey",
                    "another event already has this external key; "
                            + "use the import endpoint to update events by external key");
        }
    }
}
