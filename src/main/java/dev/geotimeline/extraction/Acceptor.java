package dev.geotimeline.extraction;

import dev.geotimeline.event.EventRequest;
import dev.geotimeline.event.EventRequest.ExternalKey;
import dev.geotimeline.event.EventRequest.SourceRequest;
import dev.geotimeline.extraction.AcceptRequest.AcceptedCandidate;
import dev.geotimeline.importing.ImportMode;
import dev.geotimeline.importing.ImportResult;
import dev.geotimeline.importing.ImportRow;
import dev.geotimeline.importing.ImportService;
import dev.geotimeline.problem.Validation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Stores accepted candidates as events through the import, in one transaction: each is validated as POST
 * /api/v1/events validates, and a candidate whose external key is stored already is left as it is.
 */
@ApplicationScoped
public class Acceptor {

    private static final int MAX_CONTEXT = 1000;

    private final ImportService imports;
    private final Validation validation;

    public Acceptor(ImportService imports, Validation validation) {
        this.imports = imports;
        this.validation = validation;
    }

    public AcceptResponse accept(AcceptRequest request, String author) {
        validation.check(request);
        List<ImportRow> rows = new ArrayList<>();
        List<ExternalKey> keys = new ArrayList<>();
        for (AcceptedCandidate candidate : request.candidates()) {
            ExternalKey key = ExtractionKeys.of(request.url(), candidate.start(), candidate.end());
            keys.add(key);
            rows.add(new ImportRow(rows.size() + 1, event(request, candidate, key)));
        }
        ImportResult result = imports.importEvents(rows.iterator(), ImportMode.SKIP, author);
        return new AcceptResponse(result.received(), result.created(), result.unchanged(), keys);
    }

    private static EventRequest event(AcceptRequest report, AcceptedCandidate candidate, ExternalKey key) {
        boolean byDate = candidate.date() != null && !candidate.date().isBlank();
        boolean byWords =
                !byDate && candidate.when() != null && !candidate.when().isBlank();
        String quote = candidate.quote().strip();
        return new EventRequest(
                candidate.title(),
                null,
                candidate.type(),
                byDate
                        ? candidate.date()
                        : byWords ? null : report.publishedOn().toString(),
                byWords ? candidate.when() : null,
                byWords ? report.publishedOn() : null,
                byWords ? candidate.tense() : null,
                byWords && quote.length() <= MAX_CONTEXT ? quote : null,
                candidate.actors(),
                candidate.places(),
                List.of(new SourceRequest(report.url(), report.publisher(), report.publishedOn(), quote)),
                List.of("extracted"),
                key);
    }
}
