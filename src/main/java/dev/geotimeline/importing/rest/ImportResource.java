package dev.geotimeline.importing.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.geotimeline.event.EventRequest;
import dev.geotimeline.importing.ImportMode;
import dev.geotimeline.importing.ImportResult;
import dev.geotimeline.importing.ImportRow;
import dev.geotimeline.importing.ImportService;
import dev.geotimeline.problem.ProblemException;
import dev.geotimeline.security.CurrentUser;
import dev.geotimeline.security.Roles;
import dev.geotimeline.web.QueryParameters;
import dev.geotimeline.web.RequestBodiesFilter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/v1/events/import")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class ImportResource {

    static final String NDJSON = RequestBodiesFilter.NDJSON;

    private final ImportService imports;
    private final CurrentUser user;
    private final ObjectMapper mapper;

    public ImportResource(ImportService imports, CurrentUser user, ObjectMapper mapper) {
        this.mapper = mapper;
        this.user = user;
        this.imports = imports;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importEvents", summary = "Import events", description = """
            Imports a JSON array of events (same fields as POST /api/v1/events, actors and locations by name or \
            alias). The batch is all or nothing: if any row is invalid nothing is stored and every bad row is \
            reported with its position. Rows with an `externalKey` update the stored event with the same key, so \
            importing a file again creates no duplicates.""")
    @RequestBody(required = true, content = @Content(examples = @ExampleObject(name = "one event", value = """
            [{"title":"First Russian official delegation to Damascus since Assad's fall","type":"CONSULT",
              "when":"last month","reportedOn":"2025-02-13",
              "actors":[{"actor":"Russia","role":"INITIATOR"},{"actor":"Syrian transitional authorities","role":"TARGET"}],
              "locations":["Damascus"],"externalKey":{"source":"newsdesk","id":"delegation-2025-01"}}]""")))
    @APIResponse(responseCode = "200", description = "Imported: counts of created, updated and unchanged events")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    public ImportResult importJson(
            List<EventRequest> events,
            @RestQuery
                    @Parameter(
                            description = "UPDATE (default) changes stored events with the same external key; "
                                    + "SKIP leaves them as they are",
                            schema = @Schema(implementation = ImportMode.class, defaultValue = "UPDATE"))
                    String onExisting) {
        if (events == null) {
            throw ProblemException.badRequest("body", "send a JSON array of events");
        }
        List<ImportRow> rows = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            rows.add(new ImportRow(i + 1, events.get(i)));
        }
        return imports.importEvents(rows.iterator(), mode(onExisting), user.subject());
    }

    @POST
    @Consumes(NDJSON)
    @Operation(summary = "Import events from NDJSON", description = """
            Same as the JSON array import, one event per line (application/x-ndjson). The body is read as a \
            stream, so files of any size can be imported without holding them in memory; errors name the line.""")
    @RequestBody(
            required = true,
            // Rows as a JSON array: the OpenAPI filter writes them as lines (RequestBodiesFilter).
            content = @Content(mediaType = NDJSON, examples = @ExampleObject(name = "two lines", value = """
                    [{"title":"Putin and al-Sharaa hold their first phone call","type":"CONSULT","when":"Wednesday","reportedOn":"2025-02-13","actors":[{"actor":"putin","role":"INITIATOR"},{"actor":"al-sharaa","role":"TARGET"}],"externalKey":{"source":"newsdesk","id":"call-1"}},
                     {"title":"Russian forces regroup at Hmeimim","type":"MOBILIZE","date":"2024-12","actors":[{"actor":"russia","role":"INITIATOR"}],"locations":["khmeimim"],"externalKey":{"source":"newsdesk","id":"hmeimim-1"}}]""")))
    @APIResponse(responseCode = "200", description = "Imported: counts of created, updated and unchanged events")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    public ImportResult importNdjson(
            InputStream body,
            @RestQuery
                    @Parameter(
                            description = "UPDATE (default) or SKIP for events whose external key is stored",
                            schema = @Schema(implementation = ImportMode.class, defaultValue = "UPDATE"))
                    String onExisting)
            throws IOException {
        ImportMode mode = mode(onExisting);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            return imports.importEvents(new NdjsonRows(reader, NdjsonRows.readerFor(mapper)), mode, user.subject());
        }
    }

    static ImportMode mode(String value) {
        return QueryParameters.enumValue(ImportMode.class, "onExisting", value, ImportMode.UPDATE);
    }
}
