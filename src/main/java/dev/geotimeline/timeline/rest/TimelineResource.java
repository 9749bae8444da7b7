package dev.geotimeline.timeline.rest;

import dev.geotimeline.event.EventResponse;
import dev.geotimeline.pagecache.CachedPage;
import dev.geotimeline.timeline.TimelineService;
import dev.geotimeline.web.PageResponse;
import dev.geotimeline.web.PagedResponses;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Timelines")
public class TimelineResource {

    private final TimelineService timelines;
    private final TimelineQueries queries;

    public TimelineResource(TimelineService timelines, TimelineQueries queries) {
        this.timelines = timelines;
        this.queries = queries;
    }

    @GET
    @Operation(operationId = "getTimeline", summary = "Timeline across all events", description = """
            Every event matching all the filters, in date order. Repeated `actor` values mean events involving \
            all of them (actor=vladimir-putin&actor=al-sharaa: every Putin–al-Sharaa interaction); repeated \
            `location` values likewise; several `type` values match any of them.""")
    @APIResponse(responseCode = "200", description = "A page of events; the next page is also in the Link header")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @CachedPage
    public RestResponse<PageResponse<EventResponse>> timeline(
            @RestQuery
                    @Parameter(
                            description = "Actors that must all take part (id, slug, name or alias); repeat the "
                                    + "parameter for several. Example: `vladimir-putin`.")
                    List<String> actor,
            @RestQuery
                    @Parameter(
                            description = "Locations the event must be at (all of them), each including the places "
                                    + "inside it unless includeSublocations=false. Example: `syria`.")
                    List<String> location,
            @RestQuery
                    @Parameter(
                            description = TimelineParameters.INCLUDE_SUBLOCATIONS,
                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true"))
                    String includeSublocations,
            @BeanParam TimelineParameters filters,
            @Context UriInfo uri) {
        return PagedResponses.ok(timelines.timeline(queries.of(filters, actor, location, includeSublocations)), uri);
    }
}
