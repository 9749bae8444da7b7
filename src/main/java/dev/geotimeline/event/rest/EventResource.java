package dev.geotimeline.event.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.geotimeline.event.EventRequest;
import dev.geotimeline.event.EventResponse;
import dev.geotimeline.event.EventService;
import dev.geotimeline.pagecache.CachedPage;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class EventResource {

    static final String RELATIVE_DATE_EXAMPLE = """
            {"title":"Putin and al-Sharaa hold their first phone call","type":"CONSULT",
             "when":"Wednesday","reportedOn":"2025-02-13",
             "actors":[{"actor":"vladimir-putin","role":"INITIATOR"},{"actor":"al-jolani","role":"TARGET"}],
             "locations":["moscow"],
             "sources":[{"url":"https://example.org/news/putin-al-sharaa-call","publisher":"Example News",
                         "publishedOn":"2025-02-13"}],
             "tags":["phone-call"]}""";

    static final String EDTF_DATE_EXAMPLE = """
            {"title":"Russia repositions its forces in Syria around Hmeimim air base","type":"MOBILIZE",
             "date":"2024-12",
             "actors":[{"actor":"russia","role":"INITIATOR"}],
             "locations":["hmeimim-air-base"]}""";

    private final EventService events;
    private final TimelineExports exports;
    private final TimelineQueries queries;
    private final MergePatches patches;
    private final CurrentUser user;

    public EventResource(
            EventService events,
            TimelineExports exports,
            TimelineQueries queries,
            MergePatches patches,
            CurrentUser user) {
        this.events = events;
        this.exports = exports;
        this.queries = queries;
        this.patches = patches;
        this.user = user;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv", "application/geo+json", "application/x-ndjson"})
    @Operation(
            operationId = "listEvents",
            summary = "List events",
            description = "All events in date order, with the same type, date, word and "
                    + "paging filters as the timelines. With `format` (csv, geojson, timelinejs, ndjson) all the "
                    + "matching events are downloaded instead of a page.")
    @APIResponse(
            responseCode = "200",
            description = TimelineResource.PAGE_OR_EXPORT,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EventPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @CachedPage
    public Response list(@BeanParam TimelineParameters filters, @Context HttpHeaders headers, @Context UriInfo uri) {
        return exports.respond(
                filters, headers, uri, () -> "timeline", () -> queries.of(filters, List.of(), List.of(), null));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getEvent", summary = "Get an event")
    @APIResponse(
            responseCode = "200",
            description = "The event; its ETag is its version",
            content = @Content(schema = @Schema(implementation = EventResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match names the current version)")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(
            @RestPath @Parameter(description = "Event id", example = "1") String id, @Context Request request) {
        EventResponse found = events.get(id);
        return EntityTags.conditionalGet(request, found.version(), found);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createEvent", summary = "Create an event", description = """
            The date is EDTF in `date`, or the report's own words in `when` resolved against `reportedOn` \
            (both the resolved date and the words are kept). Actors and locations are named by id, slug, name \
            or alias and must exist.""")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = EventRequest.class),
                            examples = {
                                @ExampleObject(
                                        name = "relative date",
                                        summary = "'Wednesday' in a report of 13 February 2025",
                                        value = RELATIVE_DATE_EXAMPLE),
                                @ExampleObject(
                                        name = "month precision",
                                        summary = "An event known to the month",
                                        value = EDTF_DATE_EXAMPLE)
                            }))
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the new event",
            content = @Content(schema = @Schema(implementation = EventResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    public Response create(EventRequest request, @Context UriInfo uri) {
        EventResponse created = events.create(request, user.subject());
        return EntityTags.withTag(
                Response.created(uri.getBaseUriBuilder()
                                .path("api/v1/events/{id}")
                                .build(created.id()))
                        .entity(created),
                created.version());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "replaceEvent",
            summary = "Replace an event",
            description = "Replaces every field; the event keeps its id.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = EventRequest.class),
                            examples = @ExampleObject(name = "month precision", value = EDTF_DATE_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "The updated event",
            content = @Content(schema = @Schema(implementation = EventResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    public Response replace(
            @RestPath @Parameter(description = "Event id", example = "1") String id,
            EventRequest request,
            @Context HttpHeaders headers) {
        EventResponse updated = events.replace(id, request, user.subject(), EntityTags.expectedVersion(headers));
        return EntityTags.withTag(Response.ok(updated), updated.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchEvent", summary = "Change some fields of an event", description = """
            JSON Merge Patch (RFC 7396): the fields given replace the stored ones, null removes an optional field, \
            arrays (actors, locations, sources, tags) are replaced whole. A new `date` replaces a relative \
            `when`. Send If-Match with the ETag you read so a concurrent edit is not overwritten (412).""")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MergePatch.MEDIA_TYPE,
                            schema = @Schema(ref = "EventPatch"),
                            examples = @ExampleObject(name = "retitle and tag", value = """
                    {"title":"Putin and al-Sharaa hold their first phone call since Assad's fall",
                     "tags":["phone-call","bilateral-relations","first-contact"]}""")))
    @APIResponse(
            responseCode = "200",
            description = "The updated event",
            content = @Content(schema = @Schema(implementation = EventResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    public Response patch(
            @RestPath @Parameter(description = "Event id", example = "1") String id,
            JsonNode patch,
            @Context HttpHeaders headers) {
        EventResponse updated = events.patch(
                id,
                patches.of(patch, EventRequest.class, current -> dateReplacesWhen(current, patch)),
                user.subject(),
                EntityTags.expectedVersion(headers));
        return EntityTags.withTag(Response.ok(updated), updated.version());
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteEvent", summary = "Delete an event")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    public void delete(
            @RestPath @Parameter(description = "Event id", example = "1") String id, @Context HttpHeaders headers) {
        events.delete(id, EntityTags.expectedVersion(headers));
    }

    /** Giving a new EDTF date replaces a relative one: no need to null 'when' and 'reportedOn' too. */
    private static void dateReplacesWhen(ObjectNode current, JsonNode patch) {
        if (patch != null && patch.has("date") && !patch.get("date").isNull() && !patch.has("when")) {
            current.remove("when");
            current.remove("reportedOn");
        }
    }
}
