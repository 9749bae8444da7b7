package dev.geotimeline.importing;

import dev.geotimeline.event.EventMetrics;
import dev.geotimeline.event.EventService;
import dev.geotimeline.event.EventService.Outcome;
import dev.geotimeline.problem.FieldError;
import dev.geotimeline.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Bulk import of events, all or nothing. Rows with an external key update the
 * stored event with that key instead of duplicating it, so a file can be
 * imported again safely. Every bad row is reported with its line.
 */
@ApplicationScoped
public class ImportService {

    static final int MAX_REPORTED_ERRORS = 100;
    private static final int FLUSH_EVERY = 500;

    private final EventService events;
    private final EntityManager em;
    private final EventMetrics metrics;

    public ImportService(EventService events, EntityManager em, EventMetrics metrics) {
        this.events = events;
        this.em = em;
        this.metrics = metrics;
    }

    @Transactional
    public ImportResult importEvents(Iterator<ImportRow> rows, ImportMode mode, String author) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        List<FieldError> errors = new ArrayList<>();
        int received = 0;
        int rejectedRows = 0;
        while (rows.hasNext()) {
            ImportRow row = rows.next();
            received++;
            try {
                Outcome outcome = events.upsert(row.event(), mode == ImportMode.UPDATE, !errors.isEmpty(), author, "");
                counts.merge(outcome, 1, Integer::sum);
            } catch (ProblemException e) {
                rejectedRows++;
                if (errors.size() < MAX_REPORTED_ERRORS) {
                    e.errors().forEach(error -> errors.add(new FieldError(error.field(), error.message(), row.line())));
                }
            }
            if (received % FLUSH_EVERY == 0 && errors.isEmpty()) {
                em.flush();
                em.clear();
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "Import rejected", rejectedRows + " of " + received
                    + " rows are invalid; nothing was imported", errors);
        }
        ImportResult result = new ImportResult(received, counts.getOrDefault(Outcome.CREATED, 0),
                counts.getOrDefault(Outcome.UPDATED, 0), counts.getOrDefault(Outcome.UNCHANGED, 0));
        metrics.imported(result.created(), result.updated());
        return result;
    }
}
