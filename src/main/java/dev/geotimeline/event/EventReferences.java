package dev.geotimeline.event;

import dev.geotimeline.actor.ActorService;
import dev.geotimeline.location.Location;
import dev.geotimeline.location.LocationService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves the actor and location names of an event request to ids. The
 * caching variant serves bulk imports, where the same few thousand names recur
 * across many rows; entries hold plain ids, so they survive clearing the session.
 */
public interface EventReferences {

    long actorId(String field, String reference);

    Place place(String field, String reference);

    /** A location and the ids of itself and every place containing it. */
    record Place(long id, List<Long> selfAndAncestors) {
        static Place of(Location location) {
            return new Place(location.id, List.copyOf(location.selfAndAncestorIds()));
        }
    }

    static EventReferences direct(ActorService actors, LocationService locations) {
        return new EventReferences() {
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

    static EventReferences caching(EventReferences delegate) {
        Map<String, Long> actorIds = new HashMap<>();
        Map<String, Place> places = new HashMap<>();
        return new EventReferences() {
            @Override
            public long actorId(String field, String reference) {
                Long cached = actorIds.get(reference);
                if (cached == null) {
                    cached = delegate.actorId(field, reference);
                    actorIds.put(reference, cached);
                }
                return cached;
            }

            @Override
            public Place place(String field, String reference) {
                Place cached = places.get(reference);
                if (cached == null) {
                    cached = delegate.place(field, reference);
                    places.put(reference, cached);
                }
                return cached;
            }
        };
    }
}
