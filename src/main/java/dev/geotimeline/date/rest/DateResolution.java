package dev.geotimeline.date.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.geotimeline.date.DatePrecision;
import dev.geotimeline.date.ResolvedDate;
import dev.geotimeline.date.Tense;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an event would store for a date expression, and the rule that produced it. */
@Schema(
        name = "DateResolution",
        description = "The date that `when` resolves to against `reportedOn`, as an event would store it, "
                + "and the rule that fired.")
public record DateResolution(
        @Schema(description = "The EDTF value", example = "2025-02-12")
        String edtf,

        @Schema(description = "First day the date may fall on", example = "2025-02-12")
        LocalDate earliest,

        @Schema(
                description = "Last day the date may fall on; for an open interval (since …) the report's day, "
                        + "the latest day known",
                example = "2025-02-12")
        LocalDate latest,

        @Schema(description = "How precisely the date is known", example = "DAY")
        DatePrecision precision,

        @Schema(description = "Whether the date carries the EDTF ~ (approximate) qualifier", example = "false")
        boolean approximate,

        @Schema(
                description = "The rule that fired, in words",
                example = "the latest Wednesday on or before 2025-02-13 (a bare weekday reads backwards)")
        String rule,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
                description = "The tense that chose the direction: the one given, or the one read from the context; "
                        + "absent when neither gave one",
                enumeration = {"past", "future"},
                example = "past")
        String tense,

        @Schema(
                description =
                        "Whether an event can store this date; an open interval (since 2015 is 2015/..) " + "cannot",
                example = "true")
        boolean storable) {

    static DateResolution of(ResolvedDate resolved, Tense tense) {
        return new DateResolution(
                resolved.date().edtf(),
                resolved.date().earliest(),
                resolved.date().latest(),
                resolved.date().precision(),
                resolved.date().approximate(),
                resolved.rule(),
                tense == null ? null : tense.label(),
                !resolved.openEnded());
    }
}
