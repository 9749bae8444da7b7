package dev.geotimeline.importing;

import dev.geotimeline.event.Event;
import dev.geotimeline.event.EventBatchWriter;
import dev.geotimeline.event.EventMetrics;
import dev.geotimeline.event.EventReferences;
import dev.geotimeline.event.EventRequest.ExternalKey;
import dev.geotimeline.event.EventService;
import dev.geotimeline.event.EventService.Outcome;
import dev.geotimeline.problem.FieldError;
import dev.geotimeline.problem.ProblemException;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Bulk import of events, all or nothing. Rows with an external key update the
 * stored event with that key instead of duplicating it, so a file can be
 * imported again safely. Every bad row is reported with its line.
 *
 * <p>Rows are processed in chunks: one query finds the stored events of a
 * chunk's external keys, names are resolved through a cache, the chunk's new
 * events are inserted in batches and the session is flushed and cleared after
 * each chunk, so the cost per row stays flat.
 */
@ApplicationScoped
public class ImportService {

    static final int MAX_REPORTED_ERRORS = 100;
    private static final int CHUNK = 500;

    private final EventService events;
    private final EventBatchWriter writer;
    private final EntityManager em;
    private final EventMetrics metrics;

    public ImportService(EventService events, EventBatchWriter writer, EntityManager em, EventMetrics metrics) {
        this.events = events;
        this.writer = writer;
        this.em = em;
        this.metrics = metrics;
    }

    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = "geotimeline.import.transaction-timeout")
    public ImportResult importEvents(Iterator<ImportRow> rows, ImportMode mode, String author) {
        return importWithinTransaction(rows, mode, author);
    }

    /** The same import as part of a caller's transaction, which keeps its own timeout. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ImportResult importWithinTransaction(Iterator<ImportRow> rows, ImportMode mode, String author) {
        // Auto-flush would dirty-check every entity of the chunk before each name lookup.
        em.setFlushMode(FlushModeType.COMMIT);
        Run run = new Run(mode, author, events.cachingReferences());
        List<ImportRow> chunk = new ArrayList<>(CHUNK);
        while (rows.hasNext()) {
            chunk.add(rows.next());
            if (chunk.size() == CHUNK) {
                process(chunk, run);
                chunk.clear();
            }
        }
        process(chunk, run);
        if (!run.errors.isEmpty()) {
            throw new ProblemException(400, "Import rejected", run.rejectedRows + " of " + run.received
                    + " rows are invalid; nothing was imported", run.errors);
        }
        em.flush();
        ImportResult result = new ImportResult(run.received, run.count(Outcome.CREATED),
                run.count(Outcome.UPDATED), run.count(Outcome.UNCHANGED));
        metrics.imported(result.created(), result.updated());
        return result;
    }

    private void process(List<ImportRow> chunk, Run run) {
        Map<String, Map<String, Event>> stored = storedEvents(chunk);
        List<Event> created = new ArrayList<>();
        for (ImportRow row : chunk) {
            run.received++;
            try {
                if (row.unreadable() != null) {
                    throw new ProblemException(400, "Invalid row", row.unreadable().message(), List.of(row.unreadable()));
                }
                ExternalKey key = row.event() == null ? null : row.event().externalKey();
                run.rememberKey(key, row.line());
                Event existing = key == null ? null
                        : stored.getOrDefault(key.source(), Map.of()).get(key.id());
                Outcome outcome = events.upsert(row.event(), existing, run.mode == ImportMode.UPDATE,
                        !run.errors.isEmpty() || run.rejectedRows > 0, run.author, run.references, created);
                run.counts.merge(outcome, 1, Integer::sum);
            } catch (ProblemException e) {
                run.reject(row, e);
            }
        }
        if (run.rejectedRows == 0) {
            em.flush();
            writer.insert(created);
            em.clear();
        }
    }

    private Map<String, Map<String, Event>> storedEvents(List<ImportRow> chunk) {
        Map<String, List<String>> idsBySource = chunk.stream()
                .map(row -> row.event() == null ? null : row.event().externalKey())
                .filter(Objects::nonNull)
                .filter(key -> key.source() != null && key.id() != null)
                .collect(Collectors.groupingBy(ExternalKey::source,
                        Collectors.mapping(ExternalKey::id, Collectors.toList())));
        Map<String, Map<String, Event>> stored = new HashMap<>();
        idsBySource.forEach((source, ids) -> stored.put(source, events.findByExternalIds(source, ids)));
        return stored;
    }

    /** The state of one import. */
    private static final class Run {
        final ImportMode mode;
        final String author;
        final EventReferences references;
        final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        final List<FieldError> errors = new ArrayList<>();
        final Map<String, Integer> lineOfKey = new HashMap<>();
        int received;
        int rejectedRows;

        Run(ImportMode mode, String author, EventReferences references) {
            this.mode = mode;
            this.author = author;
            this.references = references;
        }

        void rememberKey(ExternalKey key, int line) {
            if (key == null || key.source() == null || key.id() == null) {
                return;
            }
            Integer earlier = lineOfKey.putIfAbsent(key.source() + "\u0000" + key.id(), line);
            if (earlier != null) {
                throw ProblemException.badRequest("externalKey",
                        "the same external key already appears on line " + earlier);
            }
        }

        void reject(ImportRow row, ProblemException e) {
            rejectedRows++;
            for (FieldError error : e.errors()) {
                if (errors.size() < MAX_REPORTED_ERRORS) {
                    errors.add(new FieldError(error.field(), error.message(), row.line()));
                }
            }
        }

        int count(Outcome outcome) {
            return counts.getOrDefault(outcome, 0);
        }
    }
}
