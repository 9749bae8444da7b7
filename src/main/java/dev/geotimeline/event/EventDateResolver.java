package dev.geotimeline.event;

import dev.geotimeline.date.Edtf;
import dev.geotimeline.date.EventDate;
import dev.geotimeline.date.InvalidDateException;
import dev.geotimeline.date.RelativeDates;
import dev.geotimeline.date.ResolvedDate;
import dev.geotimeline.date.Tense;
import dev.geotimeline.event.EventRequest.SourceRequest;
import dev.geotimeline.problem.ProblemException;
import dev.geotimeline.text.UserText;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/** Resolves the date of an event request: EDTF as given, or relative words against the report's date. */
final class EventDateResolver {

    private EventDateResolver() {}

    record Resolved(EventDate date, String expression, LocalDate reference) {}

    static Resolved resolve(EventRequest request) {
        boolean hasDate = request.date() != null && !request.date().isBlank();
        boolean hasWords = request.when() != null && !request.when().isBlank();
        if (hasDate && hasWords) {
            throw ProblemException.badRequest("when", "give either 'date' (EDTF) or 'when' (relative words), not both");
        }
        if (hasDate) {
            try {
                return new Resolved(Edtf.parse(request.date()), null, null);
            } catch (InvalidDateException e) {
                throw ProblemException.badRequest("date", e.getMessage());
            }
        }
        if (!hasWords) {
            throw ProblemException.badRequest(
                    "date",
                    "the event needs a date: 'date' as EDTF (e.g. 2025-02-12, 2024-12, 2015) or 'when' with 'reportedOn'");
        }
        LocalDate reference = referenceOf(request);
        if (reference == null) {
            throw ProblemException.badRequest(
                    "reportedOn",
                    "'when' is relative: give 'reportedOn' "
                            + "(the day the report was published) or a source with 'publishedOn'");
        }
        ResolvedDate resolved;
        try {
            resolved = RelativeDates.resolve(request.when(), reference, tenseOf(request));
        } catch (InvalidDateException e) {
            throw ProblemException.badRequest("when", e.getMessage());
        }
        if (resolved.openEnded()) {
            throw ProblemException.badRequest(
                    "when",
                    UserText.quote(request.when().strip()) + " is the open interval "
                            + resolved.date().edtf()
                            + ", which an event cannot store: give the start as 'date' (e.g. "
                            + resolved.date().edtf().replace("/..", "") + ") or a closed interval");
        }
        return new Resolved(resolved.date(), request.when().strip(), reference);
    }

    /** The tense hint: {@code whenTense} if given, else the tense of {@code whenContext}, else none. */
    private static Tense tenseOf(EventRequest request) {
        if (request.whenTense() != null && !request.whenTense().isBlank()) {
            return Tense.fromLabel(request.whenTense()).orElse(null);
        }
        return Tense.fromContext(request.whenContext()).orElse(null);
    }

    private static LocalDate referenceOf(EventRequest request) {
        if (request.reportedOn() != null) {
            return request.reportedOn();
        }
        return request.sourcesOrEmpty().stream()
                .map(SourceRequest::publishedOn)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }
}
