package dev.geotimeline.actor.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.geotimeline.actor.ActorKind;
import dev.geotimeline.actor.ActorRequest;
import dev.geotimeline.actor.ActorResponse;
import dev.geotimeline.actor.ActorService;
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

@Path("/api/v1/actors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Actors")
public class ActorResource {

    private final ActorService actors;
    private final TimelineExports exports;
    private final TimelineQueries queries;
    private final PageLimits limits;
    private final MergePatches patches;
    private final CurrentUser user;

    public ActorResource(
            ActorService actors,
            TimelineExports exports,
            TimelineQueries queries,
            PageLimits limits,
            MergePatches patches,
            CurrentUser user) {
        this.actors = actors;
        this.exports = exports;
        this.queries = queries;
        this.limits = limits;
        this.patches = patches;
        this.user = user;
    }

    @GET
    @Operation(
            operationId = "listActors",
            summary = "List actors",
            description = "Actors in creation order, optionally filtered by kind or by "
                    + "the beginning of any name or alias (accents, case and the Arabic article 'al-' ignored).")
    @APIResponse(responseCode = "200", description = "A page of actors; the next page is also in the Link header")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public RestResponse<PageResponse<ActorResponse>> list(
            @RestQuery @Parameter(description = "Beginning of a name or alias. Example: `jolani`.") String q,
            @RestQuery @Parameter(description = "Actor kind", schema = @Schema(implementation = ActorKind.class))
                    String kind,
            @RestQuery @Parameter(description = "Opaque cursor from the previous page") String cursor,
            @RestQuery @Parameter(ref = "limit") String limit,
            @Context UriInfo uri) {
        return PagedResponses.ok(
                actors.list(q, kindOf(kind), limits.resolve(limit), Cursor.decode("cursor", cursor)), uri);
    }

    @GET
    @Path("/{actor}")
    @Operation(
            operationId = "getActor",
            summary = "Get an actor",
            description = "By id, slug, name or any alias: /api/v1/actors/al-jolani " + "finds Ahmad al-Sharaa.")
    @APIResponse(
            responseCode = "200",
            description = "The actor; its ETag is its version",
            content = @Content(schema = @Schema(implementation = ActorResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match names the current version)")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(
            @RestPath @Parameter(description = "Id, slug, name or alias", example = "al-jolani") String actor,
            @Context Request request) {
        ActorResponse found = actors.get(actor);
        return EntityTags.conditionalGet(request, found.version(), found);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createActor",
            summary = "Create an actor",
            description = "Names and aliases must not already identify another actor.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = ActorRequest.class),
                            examples = @ExampleObject(name = "al-Sharaa", value = """
                    {"name":"Ahmad al-Sharaa","kind":"PERSON","countryCode":"SY",
                     "aliases":["Abu Mohammad al-Jolani","Ahmed al-Sharaa"]}""")))
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the new actor",
            content = @Content(schema = @Schema(implementation = ActorResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    public Response create(ActorRequest request, @Context UriInfo uri) {
        ActorResponse created = actors.create(request, user.subject());
        return EntityTags.withTag(
                Response.created(uri.getBaseUriBuilder()
                                .path("api/v1/actors/{id}")
                                .build(created.id()))
                        .entity(created),
                created.version());
    }

    @PUT
    @Path("/{actor}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "replaceActor",
            summary = "Replace an actor",
            description = "Replaces every field; the actor keeps its id.")
    @APIResponse(
            responseCode = "200",
            description = "The updated actor",
            content = @Content(schema = @Schema(implementation = ActorResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    public Response replace(
            @RestPath @Parameter(description = "Id, slug, name or alias", example = "ahmad-al-sharaa") String actor,
            ActorRequest request,
            @Context HttpHeaders headers) {
        ActorResponse updated = actors.replace(actor, request, user.subject(), EntityTags.expectedVersion(headers));
        return EntityTags.withTag(Response.ok(updated), updated.version());
    }

    @PATCH
    @Path("/{actor}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(
            operationId = "patchActor",
            summary = "Change some fields of an actor",
            description =
                    "JSON Merge Patch (RFC 7396): the fields "
                            + "given replace the stored ones, null removes an optional field. Send If-Match with the ETag you read.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MergePatch.MEDIA_TYPE,
                            schema = @Schema(ref = "ActorPatch"),
                            examples = @ExampleObject(name = "add an alias", value = """
                    {"aliases":["Abu Mohammad al-Jolani","Ahmed al-Sharaa","al-Jolani","Ahmed Hussein al-Shar'a"]}""")))
    @APIResponse(
            responseCode = "200",
            description = "The updated actor",
            content = @Content(schema = @Schema(implementation = ActorResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    public Response patch(
            @RestPath @Parameter(description = "Id, slug, name or alias", example = "ahmad-al-sharaa") String actor,
            JsonNode patch,
            @Context HttpHeaders headers) {
        ActorResponse updated = actors.patch(
                actor, patches.of(patch, ActorRequest.class), user.subject(), EntityTags.expectedVersion(headers));
        return EntityTags.withTag(Response.ok(updated), updated.version());
    }

    @DELETE
    @Path("/{actor}")
    @Operation(
            operationId = "deleteActor",
            summary = "Delete an actor",
            description = "Only an actor that takes part in no event can be deleted.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    public void delete(
            @RestPath @Parameter(description = "Id, slug, name or alias") String actor, @Context HttpHeaders headers) {
        actors.delete(actor, EntityTags.expectedVersion(headers));
    }

    @GET
    @Path("/{actor}/timeline")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", "application/geo+json", "application/x-ndjson"})
    @Tag(name = "Timelines")
    @Operation(operationId = "getActorTimeline", summary = "Timeline of an actor", description = """
            Events the actor takes part in, in date order. Add `with` for events that also involve other actors \
            (every Putin–al-Sharaa interaction) and `location` for events at a place or anywhere inside it \
            (everything Putin did concerning Syria: location=syria&from=2024-12). With `format` (csv, geojson, \
            timelinejs, ndjson) the whole timeline is downloaded instead of a page.""")
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
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        return exports.respond(
                filters,
                headers,
                uri,
                () -> actors.require("actor", actor).slug,
                () -> queries.of(filters, TimelineQueries.firstThen(actor, with), location, includeSublocations));
    }

    private static ActorKind kindOf(String kind) {
        return QueryParameters.enumValue(ActorKind.class, "kind", kind, null);
    }
}
