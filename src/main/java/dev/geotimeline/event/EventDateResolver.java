package dev.geotimeline.event;

import dev.geotimeline.date.Edtf;
import dev.geotimeline.date.EventDate;
import dev.geotimeline.date.InvalidDateException;
import dev.geotimeline.date.RelativeDates;
import dev.geotimeline.event.EventRequest.SourceRequest;
import dev.geotimeline.problem.ProblemException;
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
        try {
            return new Resolved(
                    RelativeDates.resolve(request.when(), reference),
                    request.when().strip(),
                    reference);
        } catch (InvalidDateException e) {
            throw ProblemException.badRequest("when", e.getMessage());
        }
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
