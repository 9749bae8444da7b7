package dev.geotimeline.timeline.rest;

import dev.geotimeline.pagecache.CachedPage;
import dev.geotimeline.timeline.Histogram;
import dev.geotimeline.timeline.HistogramInterval;
import dev.geotimeline.timeline.TimelineService;
import dev.geotimeline.web.QueryParameters;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/v1/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Timelines")
public class TimelineResource {

    /** The 200 answer of every timeline: a page, or an export (the other media types: ExportFormatsFilter). */
    public static final String PAGE_OR_EXPORT = "A page of events (the next page is also in the Link header), or with "
            + "format= or an export Accept type the whole timeline as a download";

    static final String HISTOGRAM_EXAMPLE = """
            {"interval":"day","total":5,
             "series":[
              {"precision":"DAY","label":"day","buckets":[{"start":"2025-02-12","end":"2025-02-12","count":2}]},
              {"precision":"MONTH","label":"month only","buckets":[{"start":"2025-02-01","end":"2025-02-28","count":1}]},
              {"precision":"YEAR","label":"year only","buckets":[{"start":"2025-01-01","end":"2025-12-31","count":2}]}]}""";

    private final TimelineService timelines;
    private final TimelineQueries queries;
    private final TimelineExports exports;

    public TimelineResource(TimelineService timelines, TimelineQueries queries, TimelineExports exports) {
        this.timelines = timelines;
        this.queries = queries;
        this.exports = exports;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv", "application/geo+json", "application/x-ndjson"})
    @Operation(operationId = "getTimeline", summary = "Timeline across all events", description = """
            Every event matching all the filters, in date order. Repeated `actor` values mean events involving \
            all of them (actor=vladimir-putin&actor=al-sharaa: every Putin–al-Sharaa interaction); repeated \
            `location` values likewise; several `type` values match any of them. With `format` (csv, geojson, \
            timelinejs, ndjson) the whole filtered timeline is downloaded instead of a page.""")
    @APIResponse(
            responseCode = "200",
            description = PAGE_OR_EXPORT,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EventPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @CachedPage
    public Response timeline(
            @BeanParam TimelineScope scope,
            @BeanParam TimelineParameters filters,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        return exports.respond(
                filters,
                headers,
                uri,
                () -> "timeline",
                () -> queries.of(filters, scope.actor, scope.location, scope.includeSublocations));
    }

    @GET
    @Path("/histogram")
    @Operation(operationId = "getTimelineHistogram", summary = "Volume of events over time", description = """
            How many events match the filters (the same as GET /api/v1/timeline) per day, ISO week (Monday to \
            Sunday), month or year, counted by the database: for a chart. Precision-aware: the first series \
            counts the events whose date lies within one bucket (interval=month: events dated to a day or a \
            month), in the bucket of their first day; a coarser date is not spread over buckets or pinned to \
            its first day but counted in a series of its own precision ("month only", "season or part of year \
            only", "year only", "interval across buckets"), in a bucket spanning the date itself (2024-12 → \
            2024-12-01 to 2024-12-31). Approximate dates count like exact ones. Only non-empty buckets are \
            listed, in date order.""")
    @APIResponse(
            responseCode = "200",
            description = "Counts per bucket, one series per date precision",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Histogram.class),
                            examples = @ExampleObject(name = "day", value = HISTOGRAM_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Histogram histogram(
            @BeanParam TimelineScope scope,
            @BeanParam TimelineFilters filters,
            @RestQuery
                    @Parameter(
                            description = "Bucket width: day, week (ISO, Monday to Sunday), month (default) or year",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"day", "week", "month", "year"},
                                            defaultValue = "month"))
                    String interval) {
        HistogramInterval width =
                QueryParameters.enumValue(HistogramInterval.class, "interval", interval, HistogramInterval.MONTH);
        return timelines.histogram(
                queries.filtersOf(filters, scope.actor, scope.location, scope.includeSublocations), width);
    }
}
