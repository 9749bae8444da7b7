package dev.geotimeline.web;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@OpenAPIDefinition(
        info =
                @Info(
                        title = "GeoTimeline API",
                        version = "1.0.0",
                        description = """
                        Dated geopolitical events — who did what, where, when, according to which source — \
                        answered as timelines by actor and by location. Dates keep their precision (day, month, \
                        year, EDTF); relative dates in reports are resolved against the report's date; actors are \
                        found by any alias; places nest, and a place's timeline includes everything inside it.""",
                        license =
                                @License(
                                        name = "Apache 2.0",
                                        url = "https://www.apache.org/licenses/LICENSE-2.0.html")),
        // Relative: Swagger UI and generated clients call the host that served the document, also
        // behind a proxy.
        servers = @Server(url = "/", description = "The host that serves this document"),
        tags = {
            @Tag(name = "Timelines", description = "Events in date order, by actor, location, type, dates and words"),
            @Tag(name = "Events", description = "Dated events with actors, places and sources"),
            @Tag(name = "Actors", description = "People, states and organisations, with aliases"),
            @Tag(name = "Locations", description = "Places and their nesting"),
        },
        components =
                @Components(
                        headers =
                                @Header(
                                        name = "Retry-After",
                                        description = "Seconds to wait before retrying",
                                        schema = @Schema(type = SchemaType.INTEGER)),
                        parameters = {
                            @Parameter(
                                    name = "limit",
                                    in = ParameterIn.QUERY,
                                    description = "Page size (default 20, maximum 200)",
                                    schema =
                                            @Schema(
                                                    type = SchemaType.INTEGER,
                                                    format = "int32",
                                                    minimum = "1",
                                                    maximum = "200",
                                                    defaultValue = "20")),
                        },
                        responses = {
                            @APIResponse(
                                    name = "BadRequest",
                                    responseCode = "400",
                                    description = "Invalid parameter or body field; `errors` names each one",
                                    content =
                                            @Content(
                                                    mediaType = "application/problem+json",
                                                    schema = @Schema(ref = "Problem"),
                                                    examples = @ExampleObject(name = "invalid date", value = """
                                        {"type":"about:blank","title":"Invalid request","status":400,\
                                        "detail":"2025-02-30 is not a valid calendar date","instance":"/api/v1/timeline",\
                                        "errors":[{"field":"from","message":"2025-02-30 is not a valid calendar date"}]}"""))),
                            @APIResponse(
                                    name = "NotFound",
                                    responseCode = "404",
                                    description = "No such resource",
                                    content =
                                            @Content(
                                                    mediaType = "application/problem+json",
                                                    schema = @Schema(ref = "Problem"),
                                                    examples = @ExampleObject(name = "unknown actor", value = """
                                        {"type":"about:blank","title":"Not found","status":404,\
                                        "detail":"no actor is known by 'nobody' (tried id, slug, name and aliases)",\
                                        "errors":[{"field":"actor","message":"no actor is known by 'nobody' (tried id, slug, name and aliases)"}]}"""))),
                            @APIResponse(
                                    name = "Conflict",
                                    responseCode = "409",
                                    description = "The change conflicts with stored data",
                                    content =
                                            @Content(
                                                    mediaType = "application/problem+json",
                                                    schema = @Schema(ref = "Problem"))),
                            @APIResponse(
                                    name = "Unauthorized",
                                    responseCode = "401",
                                    description = "No bearer token, or an invalid or expired one",
                                    content =
                                            @Content(
                                                    mediaType = "application/problem+json",
                                                    schema = @Schema(ref = "Problem"))),
                            @APIResponse(
                                    name = "Forbidden",
                                    responseCode = "403",
                                    description = "The token's groups do not include 'editor'",
                                    content =
                                            @Content(
                                                    mediaType = "application/problem+json",
                                                    schema = @Schema(ref = "Problem"))),
                            @APIResponse(
                                    name = "ViewerUnauthorized",
                                    responseCode = "401",
                                    description = "Only where the service requires a viewer token for reads "
                                            + "(geotimeline.auth.require-viewer): no bearer token, or an invalid "
                                            + "or expired one",
                                    content =
                                            @Content(
                                                    mediaType = "application/problem+json",
                                                    schema = @Schema(ref = "Problem"))),
                            @APIResponse(
                                    name = "ViewerForbidden",
                                    responseCode = "403",
                                    description = "Only where the service requires a viewer token for reads: "
                                            + "the token's groups include neither 'viewer' nor 'editor'",
                                    content =
                                            @Content(
                                                    mediaType = "application/problem+json",
                                                    schema = @Schema(ref = "Problem"))),
                            @APIResponse(
                                    name = "PreconditionFailed",
                                    responseCode = "412",
                                    description = "If-Match names a version that is no longer the current one",
                                    content =
                                            @Content(
                                                    mediaType = "application/problem+json",
                                                    schema = @Schema(ref = "Problem"))),
                            @APIResponse(
                                    name = "Busy",
                                    responseCode = "503",
                                    description = "Another write held a lock on this data for longer than the lock "
                                            + "timeout (5 s), and nothing was changed; or the database is unavailable "
                                            + "(unreachable, restarting, statement timeout): retry after Retry-After "
                                            + "seconds",
                                    headers = @Header(ref = "Retry-After"),
                                    content =
                                            @Content(
                                                    mediaType = "application/problem+json",
                                                    schema = @Schema(ref = "Problem"))),
                            @APIResponse(
                                    name = "Unavailable",
                                    responseCode = "503",
                                    description = "The database is unavailable (unreachable, restarting, statement "
                                            + "timeout): retry after Retry-After seconds",
                                    headers = @Header(ref = "Retry-After"),
                                    content =
                                            @Content(
                                                    mediaType = "application/problem+json",
                                                    schema = @Schema(ref = "Problem"))),
                            @APIResponse(
                                    name = "InsufficientStorage",
                                    responseCode = "507",
                                    description = "The database's disk is full and the change was not stored; reads "
                                            + "still work: retry once space has been freed",
                                    headers = @Header(ref = "Retry-After"),
                                    content =
                                            @Content(
                                                    mediaType = "application/problem+json",
                                                    schema = @Schema(ref = "Problem"))),
                            @APIResponse(
                                    name = "Unprocessable",
                                    responseCode = "422",
                                    description = "The body names an actor or location that does not exist",
                                    content =
                                            @Content(
                                                    mediaType = "application/problem+json",
                                                    schema = @Schema(ref = "Problem"))),
                        }))
public class GeoTimelineApplication extends Application {}
