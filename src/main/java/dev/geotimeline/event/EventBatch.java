package dev.geotimeline.event;

import dev.geotimeline.event.EventRequest.ExternalKey;
import dev.geotimeline.problem.Validation;
import dev.geotimeline.store.BulkWrite;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Stores many events in the caller's transaction, chunk by chunk, so that the cost per row stays
 * flat: one query finds the stored events of a chunk's external keys, names are resolved through
 * a cache, new events are inserted with batched statements, and the session is cleared after each
 * chunk. Opened by {@link EventService#openBatch}.
 */
public final class EventBatch {

    /** What the batch did with one row. */
    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED,
        CHECKED
    }

    private final BatchPolicy policy;
    private final EventRepository repository;
    private final EventBatchWriter writer;
    private final EventMetrics metrics;
    private final EventDateCounts dateCounts;
    private final EventDocuments documents;
    private final Validation validation;
    private final EventLinkResolver links;
    private final LinkTargets linkTargets;
    private final EntityManager em;
    private final jakarta.enterprise.event.Event<BulkWrite> bulkWrites;
    private final List<Event> created = new ArrayList<>();
    private final Map<Long, Event> updated = new LinkedHashMap<>();
    private Map<String, Map<String, Event>> stored = Map.of();
    private boolean discarded;
    private int createdCount;
    private int updatedCount;

    EventBatch(
            BatchPolicy policy,
            EventRepository repository,
            EventBatchWriter writer,
            EventMetrics metrics,
            EventDateCounts dateCounts,
            EventDocuments documents,
            Validation validation,
            EventLinkResolver links,
            LinkTargets linkTargets,
            jakarta.enterprise.event.Event<BulkWrite> bulkWrites) {
        this.policy = policy;
        this.bulkWrites = bulkWrites;
        this.repository = repository;
        this.writer = writer;
        this.metrics = metrics;
        this.dateCounts = dateCounts;
        this.documents = documents;
        this.validation = validation;
        this.links = links;
        this.linkTargets = linkTargets;
        this.em = repository.getEntityManager();
        // Auto-flush would dirty-check every entity of the chunk before each name lookup.
        em.setFlushMode(FlushModeType.COMMIT);
    }

    /**
     * Finds, with one query per source, the stored events of the external keys of the next rows, and
     * resolves their actor and place names together.
     */
    public void prefetch(Collection<EventRequest> requests) {
        stored = repository.findByExternalKeys(
                requests.stream().map(EventRequest::externalKey).toList());
        Set<String> actors = new HashSet<>();
        Set<String> places = new HashSet<>();
        for (EventRequest request : requests) {
            if (request.actors() != null) {
                request.actors().stream().filter(Objects::nonNull).forEach(actor -> actors.add(actor.actor()));
            }
            places.addAll(request.locationsOrEmpty());
        }
        actors.remove(null);
        places.remove(null);
        links.prefetch(actors, places);
    }

    /**
     * Validates a row and resolves its names and date; then creates the event, updates the stored one
     * with the same external key, or leaves it. Once the batch is discarded, rows are only checked.
     */
    public Outcome add(EventRequest request) {
        validation.check(request);
        Event candidate = new Event();
        EventContent.copy(request, candidate, links);
        if (discarded) {
            return Outcome.CHECKED;
        }
        Event existing = existing(request.externalKey());
        if (existing == null) {
            candidate.recordAuthor(policy.author(), true);
            candidate.stampCreation();
            created.add(candidate);
            createdCount++;
            return Outcome.CREATED;
        }
        if (policy.onExisting() == BatchPolicy.OnExisting.KEEP
                || EventSignature.of(existing).equals(EventSignature.of(candidate))) {
            return Outcome.UNCHANGED;
        }
        EventDateCounts.Counted counted = dateCounts.counted(existing);
        EventContent.copy(request, existing, links);
        existing.recordAuthor(policy.author(), false);
        dateCounts.moved(counted, existing);
        updated.put(existing.id, existing);
        updatedCount++;
        return Outcome.UPDATED;
    }

    /** Nothing of this batch will be stored (a row was rejected): later rows are only checked. */
    public void discard() {
        discarded = true;
        created.clear();
        updated.clear();
    }

    /** Writes the rows added since the last chunk and frees the session of them. */
    public void writeChunk() {
        if (discarded) {
            return;
        }
        linkTargets.hold(
                Stream.concat(updated.values().stream(), created.stream()).toList());
        em.flush();
        documents.refresh(updated.keySet());
        updated.clear();
        writer.insert(created);
        created.clear();
        em.clear();
    }

    /** Writes what is left; the caller's transaction then commits the whole batch. */
    public void finish() {
        writeChunk();
        em.flush();
        metrics.imported(createdCount, updatedCount);
        bulkWrites.fire(new BulkWrite(createdCount + updatedCount));
    }

    private Event existing(ExternalKey key) {
        return key == null ? null : stored.getOrDefault(key.source(), Map.of()).get(key.id());
    }
}
