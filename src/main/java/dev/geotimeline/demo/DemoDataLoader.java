package dev.geotimeline.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.geotimeline.actor.ActorRequest;
import dev.geotimeline.config.GeoTimelineConfig;
import dev.geotimeline.actor.ActorService;
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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Loads the seed story at start-up through the same services the API uses.
 * Idempotent: actors and locations whose slug exists and events whose
 * external key exists are left untouched, so restarts add nothing and users'
 * edits are never overwritten.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    private static final String RESOURCE = "demo/seed-story.json";

    private final ActorService actors;
    private final LocationService locations;
    private final ImportService imports;
    private final ObjectMapper json;
    private final boolean enabled;

    public DemoDataLoader(ActorService actors, LocationService locations, ImportService imports, ObjectMapper json,
                          GeoTimelineConfig config) {
        this.actors = actors;
        this.locations = locations;
        this.imports = imports;
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

    public ImportResult load() {
        DemoData data = read();
        int newActors = 0;
        for (ActorRequest actor : data.actors()) {
            if (actors.find(actor.slug()).isEmpty()) {
                actors.create(actor, null);
                newActors++;
            }
        }
        int newLocations = 0;
        for (LocationRequest location : data.locations()) {
            if (locations.find(location.slug()).isEmpty()) {
                locations.create(location, null);
                newLocations++;
            }
        }
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 0; i < data.events().size(); i++) {
            rows.add(new ImportRow(i + 1, data.events().get(i)));
        }
        ImportResult result = imports.importEvents(rows.iterator(), ImportMode.SKIP, null);
        LOG.infof("Demo data: %d new actors, %d new locations, %d new events (%d already present)",
                newActors, newLocations, result.created(), result.unchanged());
        return result;
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
