package dev.geotimeline.timeline.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** Query parameters shared by every timeline endpoint (and the event list). */
public class TimelineParameters {

    @RestQuery
    @Parameter(
            description =
                    "Event types to include (any of them); repeat or comma-separate. See GET /api/v1/event-types.",
            example = "CONSULT",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> type;

    @RestQuery
    @Parameter(
            description = "Only events that may fall on or after this EDTF date (day, month or year). "
                    + "An event dated 2024-12 matches from=2024-12-15.",
            example = "2024-12")
    public String from;

    @RestQuery
    @Parameter(
            description = "Only events that may fall on or before this EDTF date; to=2025-01 means up to 31 January.",
            example = "2025-02")
    public String to;

    @RestQuery
    @Parameter(
            description = "Words that must all appear in the title or summary (case and accents ignored).",
            example = "Hmeimim")
    public String q;

    @RestQuery
    @Parameter(
            description = "asc (oldest first, default) or desc. Events sort by first possible day, then longer "
                    + "periods before shorter ones (2024-12 before 2024-12-01), then id.",
            example = "asc")
    public String order;

    @RestQuery
    @Parameter(description = "Opaque cursor from the 'next' field of the previous page.")
    public String cursor;

    @RestQuery
    @Parameter(description = "Page size, 1 to the configured maximum (default 20, maximum 200).", example = "20")
    public String limit;
}
