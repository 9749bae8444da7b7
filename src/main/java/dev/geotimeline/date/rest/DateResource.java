package dev.geotimeline.date.rest;

import dev.geotimeline.date.InvalidDateException;
import dev.geotimeline.date.RelativeDates;
import dev.geotimeline.date.ReportDay;
import dev.geotimeline.date.Tense;
import dev.geotimeline.problem.ProblemException;
import dev.geotimeline.text.UserText;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** Previews what a relative date expression resolves to, without storing anything. */
@Path("/api/v1/dates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dates", description = "Relative dates as reports write them, resolved against the report's day")
public class DateResource {

    static final int MAX_CONTEXT_LENGTH = 1000;

    private static final String WEDNESDAY_EXAMPLE = """
            {"edtf":"2025-02-12","earliest":"2025-02-12","latest":"2025-02-12","precision":"DAY",
             "approximate":false,
             "rule":"the latest Wednesday on or before 2025-02-13 (a bare weekday reads backwards)","storable":true}""";

    private static final String LAST_MONTH_EXAMPLE = """
            {"edtf":"2025-01","earliest":"2025-01-01","latest":"2025-01-31","precision":"MONTH",
             "approximate":false,"rule":"the month before the report's","storable":true}""";

    private static final String SINCE_EXAMPLE = """
            {"edtf":"2015/..","earliest":"2015-01-01","latest":"2025-02-13","precision":"INTERVAL",
             "approximate":false,
             "rule":"from the start of 2015 onwards, an open interval; the report's day is the latest day known",
             "storable":false}""";

    @GET
    @Path("/resolve")
    @Operation(operationId = "resolveDate", summary = "Resolve a relative date", description = """
                    Answers what an event with these `when` and `reportedOn` would store, without storing \
                    anything: the EDTF value, its first and last day, its precision, whether it is approximate, \
                    and the rule that fired in words. POST /api/v1/events and the import use the same resolver. \
                    A form without a year or direction of its own (a bare weekday, "Nov. 6", "in March") can point \
                    backwards or forwards: `tense`, or the sentence in `context`, chooses; without either, a month \
                    or a day of a month takes the reading nearest to the report and a bare weekday reads \
                    backwards. "since 2015" is the open interval 2015/.., which an event cannot store \
                    (`storable` is false).""")
    @APIResponse(
            responseCode = "200",
            description = "The resolved date",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DateResolution.class),
                            examples = {
                                @ExampleObject(
                                        name = "Wednesday",
                                        summary = "'Wednesday' in the report of Thursday 13 February 2025",
                                        value = WEDNESDAY_EXAMPLE),
                                @ExampleObject(
                                        name = "last month",
                                        summary = "'last month' in the same report",
                                        value = LAST_MONTH_EXAMPLE),
                                @ExampleObject(
                                        name = "since 2015",
                                        summary = "'since 2015' in the same report: an open interval",
                                        value = SINCE_EXAMPLE)
                            }))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public DateResolution resolve(
            @RestQuery
                    @Parameter(
                            description = "The date as the report writes it: \"Wednesday\", \"last month\", "
                                    + "\"in December\", \"Nov. 6\", \"early next year\", \"mid-1996\", "
                                    + "\"since 2015\", or an EDTF date",
                            required = true,
                            example = "Wednesday")
                    String when,
            @RestQuery
                    @Parameter(
                            description = "The day the report was published (YYYY-MM-DD)",
                            required = true,
                            example = "2025-02-13",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    String reportedOn,
            @RestQuery
                    @Parameter(
                            description = "Which way a form without a year or direction points: past or future. "
                                    + "Takes precedence over context.",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"past", "future"}),
                            example = "past")
                    String tense,
            @RestQuery
                    @Parameter(
                            description = "The sentence around the expression; its tense is read from verbs and cues "
                                    + "(\"will\", \"is due to\", \"plans to\", \"next\" forwards; \"said\", \"last\", "
                                    + "a past verb backwards). At most 1000 characters.",
                            example = "On Wednesday, Russian President Vladimir Putin held a conversation with "
                                    + "Ahmad al-Sharaa.")
                    String context) {
        LocalDate reference = ReportDay.parse("reportedOn", reportedOn);
        Tense chosen = tense(tense, context);
        if (when == null || when.isBlank()) {
            throw ProblemException.badRequest("when", "'when' is required: the date as the report writes it");
        }
        try {
            return DateResolution.of(RelativeDates.resolve(when, reference, chosen), chosen);
        } catch (InvalidDateException e) {
            throw ProblemException.badRequest("when", e.getMessage());
        }
    }

    private static Tense tense(String tense, String context) {
        if (context != null && UserText.lengthInCodePoints(context) > MAX_CONTEXT_LENGTH) {
            throw ProblemException.badRequest(
                    "context", "'context' is limited to " + MAX_CONTEXT_LENGTH + " characters");
        }
        if (tense != null && !tense.isBlank()) {
            return Tense.fromLabel(tense)
                    .orElseThrow(() -> ProblemException.badRequest(
                            "tense", UserText.quote(tense.strip()) + " is not a tense: use past or future"));
        }
        return Tense.fromContext(context).orElse(null);
    }
}
