package dev.geotimeline.importing;

import dev.geotimeline.actor.ActorService;
import dev.geotimeline.event.BatchPolicy;
import dev.geotimeline.event.EventBatch;
import dev.geotimeline.event.EventBatch.Outcome;
import dev.geotimeline.event.EventRequest.ExternalKey;
import dev.geotimeline.event.EventService;
import dev.geotimeline.location.LocationService;
import dev.geotimeline.problem.FieldError;
import dev.geotimeline.problem.ProblemException;
import dev.geotimeline.store.DatabaseDisk;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Bulk import of events, all or nothing (or, on request, skipping the bad rows). Rows with an external key update the
 * stored event with that key instead of duplicating it, so a file can be
 * imported again safely. Every bad row is reported with its line.
 *
 * <p>Rows go to an {@link EventBatch} in chunks, so the cost per row stays flat.
 */
@ApplicationScoped
public class ImportService {

    static final int MAX_REPORTED_ERRORS = 100;
    private static final int CHUNK = 500;

    private final EventService events;
    private final ActorService actors;
    private final LocationService locations;
    private final DatabaseDisk disk;

    public ImportService(EventService events, ActorService actors, LocationService locations, DatabaseDisk disk) {
        this.events = events;
        this.actors = actors;
        this.locations = locations;
        this.disk = disk;
    }

    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = "geotimeline.import.transaction-timeout")
    public ImportResult importEvents(Iterator<ImportRow> rows, ImportMode mode, String author) {
        return importWithinTransaction(rows, mode, OnError.REJECT, author);
    }

    /**
     * An import that, with {@link OnError#SKIP}, stores the good rows and reports the bad ones
     * instead of rejecting the whole input.
     */
    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = "geotimeline.import.transaction-timeout")
    public ImportResult importEvents(Iterator<ImportRow> rows, ImportMode mode, OnError onError, String author) {
        return importWithinTransaction(rows, mode, onError, author);
    }

    /** The same import as part of a caller's transaction, which keeps its own timeout. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ImportResult importWithinTransaction(Iterator<ImportRow> rows, ImportMode mode, String author) {
        return importWithinTransaction(rows, mode, OnError.REJECT, author);
    }

    private ImportResult importWithinTransaction(
            Iterator<ImportRow> rows, ImportMode mode, OnError onError, String author) {
        BatchPolicy.OnExisting onExisting =
                mode == ImportMode.UPDATE ? BatchPolicy.OnExisting.UPDATE : BatchPolicy.OnExisting.KEEP;
        Run run = new Run(
                events.openBatch(new BatchPolicy(onExisting, author)),
                new Gazetteer(actors, locations, author),
                onError);
        List<ImportRow> chunk = new ArrayList<>(CHUNK);
        while (rows.hasNext()) {
            chunk.add(rows.next());
            if (chunk.size() == CHUNK) {
                // A long import stops (and rolls back) before it fills the H2 volume, not when it has.
                disk.requireSpaceForWrites();
                run.process(chunk);
                chunk.clear();
            }
        }
        run.process(chunk);
        if (!run.errors.isEmpty() && onError == OnError.REJECT) {
            throw new ProblemException(
                    400,
                    "Import rejected",
                    run.rejectedRows + " of " + run.received + " rows are invalid; nothing was imported",
                    run.errors);
        }
        run.batch.finish();
        return new ImportResult(
                run.received,
                run.count(Outcome.CREATED),
                run.count(Outcome.UPDATED),
                run.count(Outcome.UNCHANGED),
                run.rejectedRows,
                run.errors);
    }

    /** The state of one import. */
    private static final class Run {
        final EventBatch batch;
        final Gazetteer gazetteer;
        final OnError onError;
        final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        final List<FieldError> errors = new ArrayList<>();
        final Map<String, Integer> lineOfKey = new HashMap<>();
        int received;
        int rejectedRows;

        Run(EventBatch batch, Gazetteer gazetteer, OnError onError) {
            this.batch = batch;
            this.gazetteer = gazetteer;
            this.onError = onError;
        }

        void process(List<ImportRow> chunk) {
            batch.prefetch(chunk.stream()
                    .map(ImportRow::event)
                    .filter(Objects::nonNull)
                    .toList());
            for (ImportRow row : chunk) {
                received++;
                try {
                    if (row.unreadable() != null) {
                        throw new ProblemException(
                                400, "Invalid row", row.unreadable().message(), List.of(row.unreadable()));
                    }
                    rememberKey(row.externalKey(), row.line());
                    counts.merge(batch.add(gazetteer.complete(row)), 1, Integer::sum);
                } catch (ProblemException e) {
                    reject(row, e);
                }
            }
            batch.writeChunk();
        }

        void rememberKey(ExternalKey key, int line) {
            if (key == null || key.source() == null || key.id() == null) {
                return;
            }
            Integer earlier = lineOfKey.putIfAbsent(key.source() + "\u0000" + key.id(), line);
            if (earlier != null) {
                throw ProblemException.badRequest(
                        "externalKey", "the same external key already appears on line " + earlier);
            }
        }

        void reject(ImportRow row, ProblemException e) {
            rejectedRows++;
            if (onError == OnError.REJECT) {
                batch.discard();
            }
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
