package dev.geotimeline.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.geotimeline.actor.ActorRequest;
import dev.geotimeline.actor.ActorService;
import dev.geotimeline.config.GeoTimelineConfig;
import dev.geotimeline.event.EventRequest;
import dev.geotimeline.event.EventRequest.ExternalKey;
import dev.geotimeline.event.EventService;
import dev.geotimeline.importing.ImportMode;
import dev.geotimeline.importing.ImportResult;
import dev.geotimeline.importing.ImportRow;
import dev.geotimeline.importing.ImportService;
import dev.geotimeline.location.LocationRequest;
import dev.geotimeline.location.LocationService;
import dev.geotimeline.problem.ProblemException;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Loads the seed story at start-up through the same services the API uses.
 *
 * <p>Every item it handles is recorded ({@link DemoItem}), and a recorded item is never looked at
 * again: a demo event that a user deleted stays deleted, and one a user edited stays edited. An
 * actor or location whose slug already exists, or an event whose external key already exists, is
 * recorded without being changed. Replicas starting together take a lock, so the demo is loaded once.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    private static final String RESOURCE = "demo/seed-story.json";

    private final ActorService actors;
    private final LocationService locations;
    private final ImportService imports;
    private final EventService events;
    private final DemoItemRepository items;
    private final ObjectMapper json;
    private final boolean enabled;

    public DemoDataLoader(
            ActorService actors,
            LocationService locations,
            ImportService imports,
            EventService events,
            DemoItemRepository items,
            ObjectMapper json,
            GeoTimelineConfig config) {
        this.actors = actors;
        this.locations = locations;
        this.imports = imports;
        this.events = events;
        this.items = items;
        this.json = json;
        this.enabled = config.demoData().enabled();
    }

    void onStart(@Observes StartupEvent start) {
        if (!enabled) {
            return;
        }
        try {
            load();
        } catch (ProblemException e) {
            // Another replica sharing the database may be loading the same data right now.
            LOG.warnf("Demo data not (fully) loaded: %s", e.getMessage());
        }
    }

    /** Loads the demo items never loaded before, in one transaction. */
    @Transactional
    public ImportResult load() {
        DemoData data = read();
        items.lockLoading();
        Set<String> recorded = items.recorded();
        if (recorded.isEmpty() && loadedBeforeItemsWereRecorded(data)) {
            recordAll(data);
            LOG.info("Demo data: loaded by an earlier version; recorded its items, changed nothing");
            return new ImportResult(0, 0, 0, 0);
        }
        int newActors = 0;
        for (ActorRequest actor : data.actors()) {
            if (recorded.contains(actorItem(actor))) {
                continue;
            }
            if (actors.find(actor.slug()).isEmpty()) {
                actors.create(actor, null);
                newActors++;
            }
            items.record(actorItem(actor));
        }
        int newLocations = 0;
        for (LocationRequest location : data.locations()) {
            if (recorded.contains(locationItem(location))) {
                continue;
            }
            if (locations.find(location.slug()).isEmpty()) {
                locations.create(location, null);
                newLocations++;
            }
            items.record(locationItem(location));
        }
        List<ImportRow> rows = new ArrayList<>();
        for (EventRequest event : data.events()) {
            if (!recorded.contains(eventItem(event))) {
                rows.add(new ImportRow(rows.size() + 1, event));
                items.record(eventItem(event));
            }
        }
        ImportResult result = imports.importWithinTransaction(rows.iterator(), ImportMode.SKIP, null);
        LOG.infof(
                "Demo data: %d new actors, %d new locations, %d new events (%d already present, %d loaded before)",
                newActors,
                newLocations,
                result.created(),
                result.unchanged(),
                data.events().size() - rows.size());
        return result;
    }

    /** A database filled by a version that did not record demo items holds the demo's events. */
    private boolean loadedBeforeItemsWereRecorded(DemoData data) {
        return events.anyWithExternalKey(
                data.events().stream().map(EventRequest::externalKey).toList());
    }

    private void recordAll(DemoData data) {
        data.actors().forEach(actor -> items.record(actorItem(actor)));
        data.locations().forEach(location -> items.record(locationItem(location)));
        data.events().forEach(event -> items.record(eventItem(event)));
    }

    private static String actorItem(ActorRequest actor) {
        return "actor:" + actor.slug();
    }

    private static String locationItem(LocationRequest location) {
        return "location:" + location.slug();
    }

    private static String eventItem(EventRequest event) {
        ExternalKey key = event.externalKey();
        if (key == null) {
            throw new IllegalStateException("every demo event needs an external key: " + event.title());
        }
        return "event:" + key.source() + "/" + key.id();
    }

    private DemoData read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + RESOURCE);
            }
            return json.readValue(in, DemoData.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
