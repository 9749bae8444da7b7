package dev.geotimeline.actor.rest;

import dev.geotimeline.actor.ActorKind;
import dev.geotimeline.actor.ActorRequest;
import dev.geotimeline.actor.ActorResponse;
import dev.geotimeline.actor.ActorService;
import dev.geotimeline.named.rest.NamedEndpoints;
import dev.geotimeline.named.rest.NamedListParameters;
import dev.geotimeline.named.rest.NamedResource;
import dev.geotimeline.paging.Page;
import dev.geotimeline.timeline.TimelineQuery;
import dev.geotimeline.timeline.rest.TimelineParameters;
import dev.geotimeline.timeline.rest.TimelineScope;
import dev.geotimeline.web.QueryParameters;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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

    @Override
    protected TimelineQuery timelineQuery(List<String> actors, TimelineScope scope, TimelineParameters filters) {
        return queries().of(filters, actors, scope.location, scope.includeSublocations);
    }

    private static ActorKind kindOf(String kind) {
        return QueryParameters.enumValue(ActorKind.class, "kind", kind, null);
    }
}
