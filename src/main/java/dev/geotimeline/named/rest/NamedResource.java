package dev.geotimeline.named.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.geotimeline.named.NamedRequest;
import dev.geotimeline.named.NamedService;
import dev.geotimeline.named.NamedView;
import dev.geotimeline.pagecache.CachedPage;
import dev.geotimeline.paging.Page;
import dev.geotimeline.security.Roles;
import dev.geotimeline.timeline.TimelineQuery;
import dev.geotimeline.timeline.rest.EventPage;
import dev.geotimeline.timeline.rest.TimelineParameters;
import dev.geotimeline.timeline.rest.TimelineQueries;
import dev.geotimeline.timeline.rest.TimelineResource;
import dev.geotimeline.timeline.rest.TimelineScope;
import dev.geotimeline.web.EntityTags;
import dev.geotimeline.web.MergePatch;
import dev.geotimeline.web.PageResponse;
import dev.geotimeline.web.PagedResponses;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The endpoints every named resource has (actors, locations): get, create, replace, patch and delete,
 * by id, slug, name or alias. A subclass adds its collection path, its listing and its timeline. The
 * documentation here speaks of "{a noun}"; {@link NamedOperationsFilter} puts in each resource's own
 * noun, path parameter and schemas.
 *
 * @param <Q> the request that creates or replaces one
 * @param <V> the response
 */
public abstract class NamedResource<Q extends NamedRequest, V extends NamedView> {

    static final String REFERENCE = "reference";

    private final NamedService<?, Q, V> service;
    private final Class<Q> requestType;
    private final NamedEndpoints endpoints;

    protected NamedResource(NamedService<?, Q, V> service, Class<Q> requestType, NamedEndpoints endpoints) {
        this.service = service;
        this.requestType = requestType;
        this.endpoints = endpoints;
    }

    @GET
    @Operation(
            operationId = "list{Noun}s",
            summary = "List {noun}s",
            description = "{Noun}s in creation order, optionally filtered by kind or by the beginning of any name "
                    + "or alias (accents, case and the Arabic article 'al-' ignored).")
    @APIResponse(responseCode = "200", description = "A page of {noun}s; the next page is also in the Link header")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public RestResponse<PageResponse<V>> list(@BeanParam NamedListParameters filters, @Context UriInfo uri) {
        return PagedResponses.ok(page(filters, endpoints.limits.resolve(filters.limit), uri), uri);
    }

    /** The page of the list that the filters ask for; {@code uri} holds any query parameters of the kind's own. */
    protected abstract Page<V> page(NamedListParameters filters, int limit, UriInfo uri);

    @GET
    @Path("/{" + REFERENCE + "}/timeline")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", "application/geo+json", "application/x-ndjson"})
    @Tag(name = "Timelines")
    @Operation(operationId = "get{Noun}Timeline", summary = "Timeline of {a noun}", description = """
            Events in date order: for an actor, those it takes part in; for a location, those at the place or \
            anywhere inside it (the Syria timeline includes Hmeimim and Tartus; includeSublocations=false keeps only \
            events placed exactly there). `with` names other {noun}s that must all be involved too (every \
            Putin–al-Sharaa interaction: /api/v1/actors/vladimir-putin/timeline?with=al-sharaa), and the \
            other filters narrow it further (everything Putin did concerning Syria since December 2024: \
            /api/v1/actors/vladimir-putin/timeline?location=syria&from=2024-12). With `format` (csv, geojson, \
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
            @RestPath @Parameter(description = "Id, slug, name or alias") String reference,
            @RestQuery
                    @Parameter(
                            description = "Other {noun}s that must all be involved too; repeat the parameter for "
                                    + "several")
                    List<String> with,
            @BeanParam TimelineScope scope,
            @BeanParam TimelineParameters filters,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        List<String> sameKind = TimelineQueries.firstThen(reference, with);
        return endpoints.exports.respond(
                filters,
                headers,
                uri,
                () -> service.get(reference).slug(),
                () -> timelineQuery(sameKind, scope, filters));
    }

    /**
     * The timeline of {@code sameKind} (the resource of the path, then those of {@code with}) and of the
     * other kind's references in {@code scope}; a {@code scope} entry of this same kind is not documented
     * for this timeline ({@code with} is) and is ignored.
     */
    protected abstract TimelineQuery timelineQuery(
            List<String> sameKind, TimelineScope scope, TimelineParameters filters);

    protected TimelineQueries queries() {
        return endpoints.queries;
    }

    @GET
    @Path("/{" + REFERENCE + "}")
    @Operation(
            operationId = "get{Noun}",
            summary = "Get {a noun}",
            description = "By id, slug, name or any alias (accents, case and the Arabic article 'al-' ignored).")
    @APIResponse(
            responseCode = "200",
            description = "The {noun}; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "{Noun}")))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match names the current version)")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(
            @RestPath @Parameter(description = "Id, slug, name or alias") String reference, @Context Request request) {
        V found = service.get(reference);
        return EntityTags.conditionalGet(request, found.version(), found);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "create{Noun}",
            summary = "Create {a noun}",
            description = "Its slug (derived from the name unless given), name and aliases must not already "
                    + "identify another {noun}.")
    @RequestBody(required = true)
    @APIResponse(
            responseCode = "201",
            description = "Created; the Location header names the new {noun}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "{Noun}")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    public Response create(Q request, @Context UriInfo uri) {
        V created = service.create(request, endpoints.user.subject());
        return EntityTags.withTag(
                Response.created(uri.getAbsolutePathBuilder().path("{id}").build(created.id()))
                        .entity(created),
                created.version());
    }

    @PUT
    @Path("/{" + REFERENCE + "}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "replace{Noun}",
            summary = "Replace {a noun}",
            description = "Replaces every field; the {noun} keeps its id. Send If-Match with the ETag you read.")
    @RequestBody(required = true)
    @APIResponse(
            responseCode = "200",
            description = "The updated {noun}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "{Noun}")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    public Response replace(
            @RestPath @Parameter(description = "Id, slug, name or alias") String reference,
            Q request,
            @Context HttpHeaders headers) {
        V updated = service.replace(reference, request, endpoints.user.subject(), EntityTags.expectedVersion(headers));
        return EntityTags.withTag(Response.ok(updated), updated.version());
    }

    @PATCH
    @Path("/{" + REFERENCE + "}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(
            operationId = "patch{Noun}",
            summary = "Change some fields of {a noun}",
            description = "JSON Merge Patch (RFC 7396): the fields given replace the stored ones, null removes an "
                    + "optional field, arrays are replaced whole. Send If-Match with the ETag you read.")
    @RequestBody(
            required = true,
            content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(ref = "{Noun}Patch")))
    @APIResponse(
            responseCode = "200",
            description = "The updated {noun}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "{Noun}")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    public Response patch(
            @RestPath @Parameter(description = "Id, slug, name or alias") String reference,
            JsonNode patch,
            @Context HttpHeaders headers) {
        V updated = service.patch(
                reference,
                endpoints.patches.of(patch, requestType),
                endpoints.user.subject(),
                EntityTags.expectedVersion(headers));
        return EntityTags.withTag(Response.ok(updated), updated.version());
    }

    @DELETE
    @Path("/{" + REFERENCE + "}")
    @Operation(
            operationId = "delete{Noun}",
            summary = "Delete {a noun}",
            description = "Only {a noun} that nothing refers to can be deleted; otherwise 409 says what still "
                    + "does. Send If-Match with the ETag you read to delete only the version you saw.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    public void delete(
            @RestPath @Parameter(description = "Id, slug, name or alias") String reference,
            @Context HttpHeaders headers) {
        service.delete(reference, EntityTags.expectedVersion(headers));
    }
}
