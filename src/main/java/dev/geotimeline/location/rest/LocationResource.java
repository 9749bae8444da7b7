package dev.geotimeline.location.rest;

import dev.geotimeline.location.LocationKind;
import dev.geotimeline.location.LocationRequest;
import dev.geotimeline.location.LocationResponse;
import dev.geotimeline.location.LocationService;
import dev.geotimeline.named.rest.NamedEndpoints;
import dev.geotimeline.named.rest.NamedListParameters;
import dev.geotimeline.named.rest.NamedResource;
import dev.geotimeline.paging.Page;
import dev.geotimeline.timeline.TimelineQuery;
import dev.geotimeline.timeline.rest.TimelineParameters;
import dev.geotimeline.timeline.rest.TimelineScope;
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
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/locations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Locations")
public class LocationResource extends NamedResource<LocationRequest, LocationResponse> {

    private static final String WITHIN = "within";

    private final LocationService locations;

    public LocationResource(LocationService locations, NamedEndpoints endpoints) {
        super(locations, LocationRequest.class, endpoints);
        this.locations = locations;
    }

    @Override
    @GET
    @Operation(
            operationId = "listLocations",
            summary = "List locations",
            description = "Locations in creation order, optionally filtered by kind, "
                    + "by the beginning of a name or alias, or to the places inside another one (`within`).")
    @APIResponse(responseCode = "200", description = "A page of locations; the next page is also in the Link header")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @Parameter(
            name = WITHIN,
            in = ParameterIn.QUERY,
            description = "Only places inside this one, at any depth",
            example = "syria",
            schema = @Schema(type = SchemaType.STRING))
    public RestResponse<PageResponse<LocationResponse>> list(
            @BeanParam NamedListParameters filters, @Context UriInfo uri) {
        return super.list(filters, uri);
    }

    @Override
    protected Page<LocationResponse> page(NamedListParameters filters, int limit, UriInfo uri) {
        String within = uri.getQueryParameters().getFirst(WITHIN);
        return locations.list(filters.q, kindOf(filters.kind), within, limit, filters.after());
    }

    @Override
    protected TimelineQuery timelineQuery(List<String> locations, TimelineScope scope, TimelineParameters filters) {
        return queries().of(filters, scope.actor, locations, scope.includeSublocations);
    }

    private static LocationKind kindOf(String kind) {
        return QueryParameters.enumValue(LocationKind.class, "kind", kind, null);
    }
}
