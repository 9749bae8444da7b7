package dev.geotimeline.event;

import dev.geotimeline.actor.ActorRenamed;
import dev.geotimeline.location.LocationRenamed;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Renders queued event documents again in the background ({@link EventDocuments#renderQueued}), one short
 * transaction per few hundred events: after a rename has committed, and at start-up (events stored before
 * documents existed, or queued by a replica that stopped). One pass at a time per process; replicas may
 * overlap harmlessly, since a document is only written over the version it was rendered from.
 */
@ApplicationScoped
class EventDocumentFiller {

    private static final Logger LOG = Logger.getLogger(EventDocumentFiller.class);

    private final EventDocuments documents;
    private final ManagedExecutor executor;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();

    EventDocumentFiller(EventDocuments documents, ManagedExecutor executor) {
        this.documents = documents;
        this.executor = executor;
    }

    void onStart(@Observes StartupEvent start) {
        request();
    }

    void afterActorRenamed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ActorRenamed renamed) {
        request();
    }

    void afterLocationRenamed(@Observes(during = TransactionPhase.AFTER_SUCCESS) LocationRenamed renamed) {
        request();
    }

    /** Starts a pass, or asks the running one to look at the queue once more when it is done. */
    void request() {
        requested.set(true);
        if (running.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        try {
            while (requested.getAndSet(false)) {
                long rendered = 0;
                int taken;
                while ((taken = QuarkusTransaction.requiringNew().call(documents::renderQueued)) > 0) {
                    rendered += taken;
                }
                if (rendered > 0) {
                    LOG.infof("rendered %d queued event documents", rendered);
                }
            }
        } catch (RuntimeException e) {
            // The queue stays as it is: the next start or rename tries again, and pages assemble meanwhile.
            LOG.warnf("rendering queued event documents stopped: %s", e.toString());
        } finally {
            running.set(false);
        }
        // A request that came after the last look at the queue, but before the flag was down, found the pass
        // still running and started none: start it now.
        if (requested.get()) {
            request();
        }
    }
}
