package dev.geotimeline.importing;

import dev.geotimeline.actor.ActorRequest;
import dev.geotimeline.actor.ActorService;
import dev.geotimeline.event.EventRequest;
import dev.geotimeline.importing.DatasetNames.Level;
import dev.geotimeline.importing.DatasetNames.NewActor;
import dev.geotimeline.location.LocationRequest;
import dev.geotimeline.location.LocationService;
import dev.geotimeline.text.NameKeys;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Creates, during one import, the places and actors that the rows of a dataset file name and
 * the store does not know yet. A place is found level by level: the country by name (any
 * country, else any top-level place), each lower level by name among the children of the level
 * above; a missing level is created there, the last one with the row's coordinates. What was
 * found or created is remembered by id, so each name costs a query once per import.
 */
final class Gazetteer {

    private final ActorService actors;
    private final LocationService locations;
    private final String author;
    private final Set<String> knownActors = new HashSet<>();
    private final Map<String, Long> places = new HashMap<>();

    Gazetteer(ActorService actors, LocationService locations, String author) {
        this.actors = actors;
        this.locations = locations;
        this.author = author;
    }

    /** The row's event, once its actors and place exist, placed at the place's id. */
    EventRequest complete(ImportRow row) {
        DatasetNames names = row.names();
        if (names == null) {
            return row.event();
        }
        names.actors().forEach(this::ensureActor);
        if (names.place().isEmpty()) {
            return row.event();
        }
        return row.event().withLocations(List.of(Long.toString(place(names))));
    }

    private void ensureActor(NewActor actor) {
        String key = NameKeys.key(actor.name());
        if (knownActors.contains(key)) {
            return;
        }
        if (actors.find(actor.name()).isEmpty()) {
            actors.create(new ActorRequest(actor.name(), null, actor.kind(), List.of(), null, null), author);
        }
        knownActors.add(key);
    }

    private long place(DatasetNames names) {
        Long parent = null;
        StringBuilder path = new StringBuilder();
        List<Level> levels = names.place();
        for (int i = 0; i < levels.size(); i++) {
            Level level = levels.get(i);
            path.append('/').append(NameKeys.key(level.name()));
            Long above = parent;
            DatasetNames coordinates = i == levels.size() - 1 ? names : null;
            parent = places.computeIfAbsent(path.toString(), key -> findOrCreate(above, level, coordinates));
        }
        return parent;
    }

    private long findOrCreate(Long parent, Level level, DatasetNames coordinates) {
        Optional<Long> found =
                parent == null ? locations.countryId(level.name()) : locations.childId(parent, level.name());
        if (found.isPresent()) {
            return found.get();
        }
        LocationRequest request = new LocationRequest(
                level.name(),
                null,
                level.kind(),
                parent == null ? null : parent.toString(),
                coordinates == null ? null : coordinates.latitude(),
                coordinates == null ? null : coordinates.longitude(),
                null,
                List.of());
        return locations.create(request, author).id();
    }
}
