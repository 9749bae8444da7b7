package dev.geotimeline.timeline.rest;

import dev.geotimeline.event.EventType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The filters shared by every timeline endpoint, the event list and the histogram. They carry no
 * {@code example}: Swagger UI would fill it in and send it, narrowing the answer unnoticed; their
 * examples are in the descriptions.
 */
public class TimelineFilters {

    /** The description of the includeSublocations parameter of the timelines that take locations. */
    public static final String INCLUDE_SUBLOCATIONS =
            "Whether a location includes the places inside it (default true); false keeps only events placed "
                    + "exactly there";

    @RestQuery
    @Parameter(
            description = "Event types to include (any of them); repeat the parameter or comma-separate. "
                    + "See GET /api/v1/event-types. Example: `CONSULT`.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = EventType.class))
    public List<String> type;

    @RestQuery
    @Parameter(
            description = "Only events that may fall on or after this EDTF date (day, month or year). "
                    + "An event dated 2024-12 matches from=2024-12-15. Example: `2024-12`.")
    public String from;

    @RestQuery
    @Parameter(
            description = "Only events that may fall on or before this EDTF date; to=2025-01 means up to "
                    + "31 January. Example: `2025-02`.")
    public String to;

    @RestQuery
    @Parameter(
            description = "Words that must all appear in the title or summary (case and accents ignored). "
                    + "Example: `Hmeimim`.")
    public String q;
}
