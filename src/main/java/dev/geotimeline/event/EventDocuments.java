package dev.geotimeline.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.geotimeline.actor.ActorRenamed;
import dev.geotimeline.location.LocationRenamed;
import dev.geotimeline.store.Chunks;
import dev.geotimeline.store.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Events' views kept as JSON in the event row ({@link EventDocument}): written by every change of
 * an event in the same transaction, read by timeline pages with one statement. A document is null
 * when its event's actor or place was renamed since (or it predates the column): pages assemble
 * those from the rows ({@link EventViews}) and {@link EventDocumentFiller} renders them again.
 */
@ApplicationScoped
public class EventDocuments {

    private final EntityManager em;
    private final EventViews views;
    private final ObjectWriter json;

    EventDocuments(EntityManager em, EventViews views, ObjectMapper mapper) {
        this.em = em;
        this.views = views;
        this.json = mapper.writerFor(EventResponse.class);
    }

    /**
     * The documents of these events, in the order of {@code ids}, from those already read ({@code stored}: by id,
     * null when not rendered); the others are assembled from the rows.
     */
    public List<EventDocument> complete(List<Long> ids, Map<Long, String> stored) {
        List<Long> unrendered =
                ids.stream().filter(id -> stored.get(id) == null).toList();
        Map<Long, String> assembled = new HashMap<>();
        for (EventResponse view : views.load(unrendered)) {
            assembled.put(view.id(), render(view));
        }
        List<EventDocument> documents = new ArrayList<>(ids.size());
        for (Long id : ids) {
            String document = stored.get(id) != null ? stored.get(id) : assembled.get(id);
            if (document != null) {
                documents.add(new EventDocument(id, document));
            }
        }
        return documents;
    }

    /** Writes the document of an event whose view was just read in this transaction. */
    void store(EventResponse view) {
        write(List.of(view));
    }

    /** Renders again the documents of these events from their rows as this transaction sees them (flushed). */
    void refresh(Collection<Long> ids) {
        Chunks.of(ids, Chunks.KEYS_PER_STATEMENT).forEach(some -> write(views.load(some)));
    }

    /**
     * Forgets the documents that name this actor or place and queues their events for {@link EventDocumentFiller}:
     * until it renders them again, pages assemble them from the rows, with the new name.
     */
    void onActorRenamed(@Observes ActorRenamed renamed) {
        forget("event_actor", "actor_id", renamed.actorId());
    }

    void onLocationRenamed(@Observes LocationRenamed renamed) {
        forget("event_location", "location_id", renamed.locationId());
    }

    private void forget(String linkTable, String column, long id) {
        String events = "select event_id from " + linkTable + " where " + column + " = ?";
        Jdbc.update(em, "insert into event_document_pending (event_id) " + events + " order by event_id", List.of(id));
        Jdbc.update(em, "update event set document = null where id in (" + events + ")", List.of(id));
    }

    /**
     * Renders the documents of the first queued events again and takes them off the queue, in the caller's
     * transaction; returns how many queue entries it took (0: the queue is empty).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    int renderQueued() {
        List<long[]> queued = Jdbc.select(
                em,
                "select pending_id, event_id from event_document_pending order by pending_id fetch first "
                        + Chunks.KEYS_PER_STATEMENT + " rows only",
                List.of(),
                row -> new long[] {row.getLong(1), row.getLong(2)});
        if (queued.isEmpty()) {
            return 0;
        }
        refresh(queued.stream().map(entry -> entry[1]).collect(Collectors.toCollection(LinkedHashSet::new)));
        Jdbc.batch(
                em,
                "delete from event_document_pending where pending_id = ?",
                queued,
                (delete, entry) -> delete.setLong(1, entry[0]));
        return queued.size();
    }

    String render(EventResponse view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + view.id() + " cannot be written as JSON", e);
        }
    }

    /**
     * Only over the version that was rendered: a change committed meanwhile (which wrote its own document)
     * is not overwritten with an older view.
     */
    private void write(List<EventResponse> rendered) {
        Jdbc.batch(em, "update event set document = ? where id = ? and version = ?", rendered, (update, view) -> {
            update.setString(1, render(view));
            update.setLong(2, view.id());
            update.setLong(3, view.version());
        });
    }
}
