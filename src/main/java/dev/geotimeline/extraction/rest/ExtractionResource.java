package dev.geotimeline.extraction.rest;

import dev.geotimeline.extraction.AcceptRequest;
import dev.geotimeline.extraction.AcceptResponse;
import dev.geotimeline.extraction.Acceptor;
import dev.geotimeline.extraction.ExtractionRequest;
import dev.geotimeline.extraction.ExtractionResponse;
import dev.geotimeline.extraction.Extractor;
import dev.geotimeline.security.CurrentUser;
import dev.geotimeline.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reads a news report into candidate events, and stores the candidates an editor accepts. */
@Path("/api/v1/extractions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Extractions", description = "Candidate events read from a news report, and accepting them")
public class ExtractionResource {

    static final String SEED_STORY_EXAMPLE = """
            {"text":"Moscow – On Wednesday, Russian President Vladimir Putin held a conversation with Ahmad \
            al-Sharaa, who now leads Syria. The call came after a group of Russian officials visited Damascus \
            last month, the first Russian delegation there since Assad's removal in December.",
             "publishedOn":"2025-02-13","url":"https://example.org/news/putin-al-sharaa-call",
             "publisher":"Example News"}""";

    static final String ACCEPT_EXAMPLE = """
            {"url":"https://example.org/news/putin-al-sharaa-call","publisher":"Example News",
             "publishedOn":"2025-02-13",
             "candidates":[{"title":"Putin holds a conversation with Ahmad al-Sharaa","type":"CONSULT",
              "when":"On Wednesday","tense":"past",
              "quote":"Moscow – On Wednesday, Russian President Vladimir Putin held a conversation with Ahmad \
            al-Sharaa, who now leads Syria.","start":0,"end":118,
              "actors":[{"actor":"vladimir-putin","role":"INITIATOR"},{"actor":"ahmad-al-sharaa","role":"TARGET"}],
              "places":["moscow","syria"]}]}""";

    private final Extractor extractor;
    private final Acceptor acceptor;
    private final CurrentUser user;

    public ExtractionResource(Extractor extractor, Acceptor acceptor, CurrentUser user) {
        this.extractor = extractor;
        this.acceptor = acceptor;
        this.user = user;
    }

    @POST
    @Operation(operationId = "extractEvents", summary = "Extract candidate events from a report", description = """
            Reads the report and answers the events a careful reader might list, in the order it tells them, \
            without storing anything. Each candidate gives its evidence (the sentence or clauses, with offsets), \
            its date (the expression found, resolved against `publishedOn` with the tense read from the \
            sentence, as GET /api/v1/dates/resolve does; a sentence without a date whose verb is in the past \
            or present perfect takes the report's day and says so), the known actors and places named by name \
            or alias with offsets and guessed roles, capitalised names that match nothing known, a PLOVER type \
            from the cue table and a confidence with its reasons. Offsets count UTF-16 code units. The text is \
            limited to 20,000 characters. Deterministic: no external service or model.""")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = ExtractionRequest.class),
                            examples =
                                    @ExampleObject(
                                            name = "seed story",
                                            summary = "The seed story of 13 February 2025 (first paragraphs)",
                                            value = SEED_STORY_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "The candidate events",
            content = @Content(schema = @Schema(implementation = ExtractionResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public ExtractionResponse extract(ExtractionRequest request) {
        return extractor.extract(request);
    }

    @POST
    @Path("/accept")
    @Operation(
            operationId = "acceptExtractedEvents",
            summary = "Store accepted candidates as events",
            description = """
            Creates one event for each candidate, in one transaction, validated as POST /api/v1/events \
            validates. Each event gets the report as its source (`url`, `publisher`, `publishedOn`, and the \
            evidence as `quote`), keeps the expression in `when`, and the external key {source: extraction, \
            id: hash of the URL and the evidence's offsets}: accepting the same candidate again creates nothing \
            (it is counted as unchanged).""")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = AcceptRequest.class),
                            examples =
                                    @ExampleObject(
                                            name = "seed story",
                                            summary = "The call of Wednesday 12 February 2025",
                                            value = ACCEPT_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "What was created",
            content = @Content(schema = @Schema(implementation = AcceptResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    public AcceptResponse accept(AcceptRequest request) {
        return acceptor.accept(request, user.subject());
    }
}
