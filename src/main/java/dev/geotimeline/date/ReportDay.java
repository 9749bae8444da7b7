package dev.geotimeline.date;

import dev.geotimeline.problem.ProblemException;
import dev.geotimeline.text.UserText;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The day a report was published, as a request gives it: required, YYYY-MM-DD, else a 400 naming the field. */
public final class ReportDay {

    private ReportDay() {}

    public static LocalDate parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.badRequest(
                    field, "'" + field + "' is required: the day the report was published, as YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(
                    field, UserText.quote(text.strip()) + " is not a day: use YYYY-MM-DD, e.g. 2025-02-13");
        }
    }
}
