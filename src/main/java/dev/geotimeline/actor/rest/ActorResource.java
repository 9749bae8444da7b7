package dev.geotimeline.actor.rest;

import dev.geotimeline.actor.ActorKind;
import dev.geotimeline.actor.ActorRequest;
import dev.geotimeline.actor.ActorResponse;
import dev.geotimeline.actor.ActorService;
import dev.geotimeline.event.EventResponse;
import dev.geotimeline.named.rest.NamedEndpoints;
import dev.geotimeline.named.rest.NamedListParameters;
import dev.geotimeline.named.rest.NamedResource;
import dev.geotimeline.pagecache.CachedPage;
import dev.geotimeline.paging.Page;
import dev.geotimeline.timeline.rest.TimelineParameters;
import dev.geotimeline.timeline.rest.TimelineQueries;
import dev.geotimeline.web.PageResponse;
import dev.geotimeline.web.QueryParameters;
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
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/actors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Actors")
public class ActorResource extends NamedResource<ActorRequest, ActorResponse> {

    private final ActorService actors;

    public ActorResource(ActorService actors, NamedEndpoints endpoints) {
        super(actors, ActorRequest.class, endpoints);
        this.actors = actors;
    }

    @Override
    protected Page<ActorResponse> page(NamedListParameters filters, int limit, UriInfo uri) {
        return actors.list(filters.q, kindOf(filters.kind), limit, filters.after());
    }

    @GET
    @Path("/{actor}/timeline")
    @Tag(name = "Timelines")
    @Operation(operationId = "getActorTimeline", summary = "Timeline of an actor", description = """
            Events the actor takes part in, in date order. Add `with` for events that also involve other actors \
            (every Putin–al-Sharaa interaction) and `location` for events at a place or anywhere inside it \
            (everything Putin did concerning Syria: location=syria&from=2024-12).""")
    @APIResponse(responseCode = "200", description = "A page of events; the next page is also in the Link header")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @CachedPage
    public RestResponse<PageResponse<EventResponse>> timeline(
            @RestPath @Parameter(description = "Id, slug, name or alias", example = "vladimir-putin") String actor,
            @RestQuery
                    @Parameter(
                            description = "Other actors that must also take part (all of them); repeat the "
                                    + "parameter for several. Example: `al-sharaa`.")
                    List<String> with,
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
        return timeline(filters, TimelineQueries.firstThen(actor, with), location, includeSublocations, uri);
    }

    private static ActorKind kindOf(String kind) {
        return QueryParameters.enumValue(ActorKind.class, "kind", kind, null);
    }
}
