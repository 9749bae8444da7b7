package dev.geotimeline.timeline.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** Query parameters shared by every timeline endpoint (and the event list): the filters, order, paging, format. */
public class TimelineParameters extends TimelineFilters {

    @RestQuery
    @Parameter(
            description = "asc (oldest first, default) or desc. Events sort by first possible day, then longer "
                    + "periods before shorter ones (2024-12 before 2024-12-01), then id.",
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"asc", "desc"},
                            defaultValue = "asc"))
    public String order;

    @RestQuery
    @Parameter(
            description = "Opaque cursor from the 'next' field of the previous page. Not allowed with an export "
                    + "format (an export is always the whole timeline).")
    public String cursor;

    @RestQuery
    @Parameter(ref = "limit")
    public String limit;

    @RestQuery
    @Parameter(
            description = "json (default: a page of events) or an export of the WHOLE filtered timeline, streamed "
                    + "(limit does not apply; cursor is refused): csv (RFC 4180), geojson (RFC 7946 "
                    + "FeatureCollection, one Feature per event and place with coordinates), timelinejs (TimelineJS 3 "
                    + "JSON), ndjson (one event object per line). Instead of format, an Accept header of text/csv, "
                    + "application/geo+json or application/x-ndjson chooses the export too. The file name is in "
                    + "Content-Disposition.",
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"json", "csv", "geojson", "timelinejs", "ndjson"},
                            defaultValue = "json"))
    public String format;

    @RestQuery
    @Parameter(
            description = "true starts a CSV export with the UTF-8 byte order mark, which Excel needs to read "
                    + "accents and non-Latin names correctly (default false; only with format=csv).",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    public String bom;
}
