package dev.geotimeline.location.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.geotimeline.location.LocationKind;
import dev.geotimeline.location.LocationRequest;
import dev.geotimeline.location.LocationResponse;
import dev.geotimeline.location.LocationService;
import dev.geotimeline.pagecache.CachedPage;
import dev.geotimeline.paging.Cursor;
import dev.geotimeline.security.CurrentUser;
import dev.geotimeline.security.Roles;
import dev.geotimeline.timeline.rest.EventPage;
import dev.geotimeline.timeline.rest.TimelineExports;
import dev.geotimeline.timeline.rest.TimelineParameters;
import dev.geotimeline.timeline.rest.TimelineQueries;
import dev.geotimeline.timeline.rest.TimelineResource;
import dev.geotimeline.web.EntityTags;
import dev.geotimeline.web.MergePatch;
import dev.geotimeline.web.MergePatches;
import dev.geotimeline.web.PageLimits;
import dev.geotimeline.web.PageResponse;
import dev.geotimeline.web.PagedResponses;
import dev.geotimeline.web.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/locations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Locations")
public class LocationResource {

    private final LocationService locations;
    private final TimelineExports exports;
    private final TimelineQueries queries;
    private final PageLimits limits;
    private final MergePatches patches;
    private final CurrentUser user;

    public LocationResource(
            LocationService locations,
            TimelineExports exports,
            TimelineQueries queries,
            PageLimits limits,
            MergePatches patches,
            CurrentUser user) {
        this.locations = locations;
        this.exports = exports;
        this.queries = queries;
        this.limits = limits;
        this.patches = patches;
        this.user = user;
    }

    @GET
    @Operation(
            operationId = "listLocations",
            summary = "List locations",
            description = "Locations in creation order, optionally filtered by kind, "
                    + "by the beginning of a name or alias, or to the places inside another one (`within`).")
    @APIResponse(responseCode = "200", description = "A page of locations; the next page is also in the Link header")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RestResponse<PageResponse<LocationResponse>> list(
            @RestQuery @Parameter(description = "Beginning of a name or alias. Example: `khmeimim`.") String q,
            @RestQuery @Parameter(description = "Location kind", schema = @Schema(implementation = LocationKind.class))
                    String kind,
            @RestQuery @Parameter(description = "Only places inside this one, at any depth", example = "syria")
                    String within,
            @RestQuery @Parameter(description = "Opaque cursor from the previous page") String cursor,
            @RestQuery @Parameter(ref = "limit") String limit,
            @Context UriInfo uri) {
        return PagedResponses.ok(
                locations.list(q, kindOf(kind), within, limits.resolve(limit), Cursor.decode("cursor", cursor)), uri);
    }

    @GET
    @Path("/{location}")
    @Operation(
            operationId = "getLocation",
            summary = "Get a location",
            description = "By id, slug, name or alias (Khmeimim finds Hmeimim air base).")
    @APIResponse(
            responseCode = "200",
            description = "The location; its ETag is its version",
            content = @Content(schema = @Schema(implementation = LocationResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match names the current version)")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(
            @RestPath @Parameter(description = "Id, slug, name or alias", example = "khmeimim") String location,
            @Context Request request) {
        LocationResponse found = locations.get(location);
        return EntityTags.conditionalGet(request, found.version(), found);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createLocation",
            summary = "Create a location",
            description = "`parent` names the place that contains it.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = LocationRequest.class),
                            examples = @ExampleObject(name = "Hmeimim air base", value = """
                    {"name":"Hmeimim air base","kind":"MILITARY_BASE","parent":"latakia","countryCode":"SY",
                     "latitude":35.4011,"longitude":35.9486,"aliases":["Khmeimim air base","Hmeimim","Khmeimim"]}""")))
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the new location",
            content = @Content(schema = @Schema(implementation = LocationResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    public Response create(LocationRequest request, @Context UriInfo uri) {
        LocationResponse created = locations.create(request, user.subject());
        return EntityTags.withTag(
                Response.created(uri.getBaseUriBuilder()
                                .path("api/v1/locations/{id}")
                                .build(created.id()))
                        .entity(created),
                created.version());
    }

    @PUT
    @Path("/{location}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "replaceLocation",
            summary = "Replace a location",
            description = "Replaces every field. Moving a place under another "
                    + "parent moves everything inside it too; a place cannot be moved inside itself (422).")
    @APIResponse(
            responseCode = "200",
            description = "The updated location",
            content = @Content(schema = @Schema(implementation = LocationResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    public Response replace(
            @RestPath @Parameter(description = "Id, slug, name or alias", example = "tartus") String location,
            LocationRequest request,
            @Context HttpHeaders headers) {
        LocationResponse updated =
                locations.replace(location, request, user.subject(), EntityTags.expectedVersion(headers));
        return EntityTags.withTag(Response.ok(updated), updated.version());
    }

    @PATCH
    @Path("/{location}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(
            operationId = "patchLocation",
            summary = "Change some fields of a location",
            description =
                    "JSON Merge Patch (RFC 7396): the "
                            + "fields given replace the stored ones, null removes an optional field. Send If-Match with the ETag you read.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MergePatch.MEDIA_TYPE,
                            schema = @Schema(ref = "LocationPatch"),
                            examples = @ExampleObject(name = "move the coordinates", value = """
                    {"latitude":35.4012,"longitude":35.9487}""")))
    @APIResponse(
            responseCode = "200",
            description = "The updated location",
            content = @Content(schema = @Schema(implementation = LocationResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    public Response patch(
            @RestPath @Parameter(description = "Id, slug, name or alias", example = "hmeimim-air-base") String location,
            JsonNode patch,
            @Context HttpHeaders headers) {
        LocationResponse updated = locations.patch(
                location,
                patches.of(patch, LocationRequest.class),
                user.subject(),
                EntityTags.expectedVersion(headers));
        return EntityTags.withTag(Response.ok(updated), updated.version());
    }

    @DELETE
    @Path("/{location}")
    @Operation(
            operationId = "deleteLocation",
            summary = "Delete a location",
            description = "Only a location that contains no other place and is " + "used by no event can be deleted.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    public void delete(
            @RestPath @Parameter(description = "Id, slug, name or alias") String location,
            @Context HttpHeaders headers) {
        locations.delete(location, EntityTags.expectedVersion(headers));
    }

    @GET
    @Path("/{location}/timeline")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", "application/geo+json", "application/x-ndjson"})
    @Tag(name = "Timelines")
    @Operation(operationId = "getLocationTimeline", summary = "Timeline of a location", description = """
            Events at the place or anywhere inside it (the Syria timeline includes Hmeimim and Tartus), in date \
            order; includeSublocations=false keeps only events placed exactly there. With `format` (csv, \
            geojson, timelinejs, ndjson) the whole timeline is downloaded instead of a page.""")
    @APIResponse(
            responseCode = "200",
            description = TimelineResource.PAGE_OR_EXPORT,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EventPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @CachedPage
    public Response timeline(
            @RestPath @Parameter(description = "Id, slug, name or alias", example = "hmeimim") String location,
            @RestQuery
                    @Parameter(
                            description = "Actors that must take part (all of them); repeat the parameter for "
                                    + "several. Example: `russia`.")
                    List<String> actor,
            @RestQuery
                    @Parameter(
                            description = TimelineParameters.INCLUDE_SUBLOCATIONS,
                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true"))
                    String includeSublocations,
            @BeanParam TimelineParameters filters,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        return exports.respond(
                filters,
                headers,
                uri,
                () -> locations.require("location", location).slug,
                () -> queries.of(filters, actor, TimelineQueries.firstThen(location, List.of()), includeSublocations));
    }

    private static LocationKind kindOf(String kind) {
        return QueryParameters.enumValue(LocationKind.class, "kind", kind, null);
    }
}
