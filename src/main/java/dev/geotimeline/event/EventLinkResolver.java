package dev.geotimeline.event;

import dev.geotimeline.actor.ActorService;
import dev.geotimeline.location.Location;
import dev.geotimeline.location.LocationService;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the actor and location names of an event request to the ids its links store. The
 * caching variant serves bulk imports, where the same few thousand names recur across many rows;
 * entries hold plain ids, so they survive clearing the session.
 */
interface EventLinkResolver {

    long actorId(String field, String reference);

    Place place(String field, String reference);

    /**
     * Resolves these references together ahead of the rows that use them, when the resolver keeps what it
     * resolved; references that name none or several are left for the rows, which then say why.
     */
    default void prefetch(Collection<String> actorReferences, Collection<String> placeReferences) {}

    /** The actor ids of the references that name one actor each; the others are left out. */
    default Map<String, Long> unambiguousActorIds(Collection<String> references) {
        return Map.of();
    }

    /** The places of the references that name one location each; the others are left out. */
    default Map<String, Place> unambiguousPlaces(Collection<String> references) {
        return Map.of();
    }

    /** A location and the ids of itself and every place containing it. */
    record Place(long id, List<Long> selfAndAncestors) {
        static Place of(Location location) {
            return new Place(location.id, List.copyOf(location.selfAndAncestorIds()));
        }
    }

    static EventLinkResolver direct(ActorService actors, LocationService locations) {
        return new EventLinkResolver() {
            @Override
            public long actorId(String field, String reference) {
                return actors.requireInBody(field, reference).id;
            }

            @Override
            public Place place(String field, String reference) {
                return Place.of(locations.requireInBody(field, reference));
            }

            @Override
            public Map<String, Long> unambiguousActorIds(Collection<String> references) {
                Map<String, Long> ids = new HashMap<>();
                actors.findUnambiguous(references).forEach((reference, actor) -> ids.put(reference, actor.id));
                return ids;
            }

            @Override
            public Map<String, Place> unambiguousPlaces(Collection<String> references) {
                Map<String, Place> places = new HashMap<>();
                locations
                        .findUnambiguous(references)
                        .forEach((reference, location) -> places.put(reference, Place.of(location)));
                return places;
            }
        };
    }

    private static Set<String> unknown(Collection<String> references, Map<String, ?> known) {
        Set<String> unknown = new HashSet<>(references);
        unknown.removeAll(known.keySet());
        return unknown;
    }

    static EventLinkResolver caching(EventLinkResolver delegate) {
        Map<String, Long> actorIds = new HashMap<>();
        Map<String, Place> places = new HashMap<>();
        return new EventLinkResolver() {
            @Override
            public long actorId(String field, String reference) {
                return actorIds.computeIfAbsent(reference, name -> delegate.actorId(field, name));
            }

            @Override
            public Place place(String field, String reference) {
                return places.computeIfAbsent(reference, name -> delegate.place(field, name));
            }

            @Override
            public void prefetch(Collection<String> actorReferences, Collection<String> placeReferences) {
                actorIds.putAll(delegate.unambiguousActorIds(unknown(actorReferences, actorIds)));
                places.putAll(delegate.unambiguousPlaces(unknown(placeReferences, places)));
            }
        };
    }
}
