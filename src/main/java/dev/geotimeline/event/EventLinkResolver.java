package dev.geotimeline.event;

import dev.geotimeline.actor.ActorService;
import dev.geotimeline.location.Location;
import dev.geotimeline.location.LocationService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves the actor and location names of an event request to the ids its links store. The
 * caching variant serves bulk imports, where the same few thousand names recur across many rows;
 * entries hold plain ids, so they survive clearing the session.
 */
interface EventLinkResolver {

    long actorId(String field, String reference);

    Place place(String field, String reference);

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
        };
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
        };
    }
}
