package dev.geotimeline.event;

import dev.geotimeline.actor.Actor;
import dev.geotimeline.actor.ActorService;
import dev.geotimeline.event.EventRequest.ExternalKey;
import dev.geotimeline.event.EventResponse.ActorView;
import dev.geotimeline.event.EventResponse.DateView;
import dev.geotimeline.event.EventResponse.SourceView;
import dev.geotimeline.location.Location;
import dev.geotimeline.location.LocationService;
import dev.geotimeline.location.LocationSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns events into API views with a fixed number of queries whatever the
 * page size: one per collection and one each for the actors and places named.
 */
@ApplicationScoped
public class EventViews {

    private final EntityManager em;
    private final ActorService actors;
    private final LocationService locations;

    public EventViews(EntityManager em, ActorService actors, LocationService locations) {
        this.em = em;
        this.actors = actors;
        this.locations = locations;
    }

    /** Views of the given events, in the order of {@code ids}; missing ids are skipped. */
    public List<EventResponse> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Event> events = fetch(ids);
        return ids.stream().map(events::get).filter(Objects::nonNull).map(view(events.values())).toList();
    }

    public EventResponse of(Event event) {
        return view(List.of(event)).apply(event);
    }

    private Map<Long, Event> fetch(List<Long> ids) {
        Set<Long> idSet = Set.copyOf(ids);
        List<Event> events = em.createQuery("select distinct e from Event e left join fetch e.actors where e.id in :ids",
                Event.class).setParameter("ids", idSet).getResultList();
        for (String collection : List.of("locations", "sources", "tags")) {
            em.createQuery("select distinct e from Event e left join fetch e." + collection + " where e.id in :ids",
                    Event.class).setParameter("ids", idSet).getResultList();
        }
        return events.stream().collect(Collectors.toMap(e -> e.id, Function.identity()));
    }

    private Function<Event, EventResponse> view(Collection<Event> batch) {
        Set<Long> actorIds = new HashSet<>();
        Set<Long> locationIds = new HashSet<>();
        for (Event event : batch) {
            event.actors.forEach(link -> actorIds.add(link.actorId));
            event.locations.forEach(link -> locationIds.add(link.locationId));
        }
        Map<Long, Actor> actorsById = actors.byIds(actorIds);
        Map<Long, Location> locationsById = locations.byIds(locationIds);
        return event -> toResponse(event, actorsById, locationsById);
    }

    private static EventResponse toResponse(Event event, Map<Long, Actor> actorsById, Map<Long, Location> locationsById) {
        List<ActorView> actorViews = event.actors.stream().map(link -> {
            Actor actor = actorsById.get(link.actorId);
            return new ActorView(actor.id, actor.slug, actor.name, link.role);
        }).toList();
        List<LocationSummary> locationViews = event.locations.stream()
                .map(link -> LocationSummary.of(locationsById.get(link.locationId))).toList();
        List<SourceView> sourceViews = event.sources.stream()
                .map(s -> new SourceView(s.url, s.publisher, s.publishedOn, s.quote)).toList();
        DateView date = new DateView(event.dateEdtf, event.datePrecision, event.dateApproximate,
                event.dateEarliest, event.dateLatest, event.dateExpression, event.dateReference);
        ExternalKey externalKey = event.externalSource == null ? null
                : new ExternalKey(event.externalSource, event.externalId);
        return new EventResponse(event.id, event.title, event.summary, event.type, date, actorViews, locationViews,
                sourceViews, event.tags.stream().sorted().toList(), externalKey, event.createdAt, event.updatedAt,
                event.createdBy, event.updatedBy, event.version);
    }
}
