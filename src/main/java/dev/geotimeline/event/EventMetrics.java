package dev.geotimeline.event;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/** Counts stored event changes: geotimeline_events_stored_total{operation=created|updated|deleted}. */
@ApplicationScoped
public class EventMetrics {

    private final Counter created;
    private final Counter updated;
    private final Counter deleted;

    public EventMetrics(MeterRegistry registry) {
        this.created = counter(registry, "created");
        this.updated = counter(registry, "updated");
        this.deleted = counter(registry, "deleted");
    }

    void created() {
        created.increment();
    }

    void updated() {
        updated.increment();
    }

    /** Records a committed import. */
    void imported(int createdCount, int updatedCount) {
        created.increment(createdCount);
        updated.increment(updatedCount);
    }

    void deleted() {
        deleted.increment();
    }

    private static Counter counter(MeterRegistry registry, String operation) {
        return Counter.builder("geotimeline.events.stored")
                .description("Events written to the store, by operation")
                .tag("operation", operation)
                .register(registry);
    }
}
