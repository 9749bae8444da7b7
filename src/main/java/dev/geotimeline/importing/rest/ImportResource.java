package dev.geotimeline.importing.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.geotimeline.config.GeoTimelineConfig;
import dev.geotimeline.event.EventRequest;
import dev.geotimeline.importing.ImportMode;
import dev.geotimeline.importing.ImportResult;
import dev.geotimeline.importing.ImportRow;
import dev.geotimeline.importing.ImportService;
import dev.geotimeline.importing.OnError;
import dev.geotimeline.importing.acled.AcledRows;
import dev.geotimeline.importing.gdelt.GdeltRows;
import dev.geotimeline.problem.ProblemException;
import dev.geotimeline.security.CurrentUser;
import dev.geotimeline.security.Roles;
import dev.geotimeline.web.QueryParameters;
import dev.geotimeline.web.RequestBodiesFilter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
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

    /*
     * The two methods share one operation of the OpenAPI document (one path, one verb): each carries
     * the whole text, so the document does not depend on which the scanner reads last.
     */
    private static final String SUMMARY = "Import events (JSON, NDJSON, ACLED CSV or GDELT TSV)";
    private static final String DESCRIPTION = """
            Imports events from a **JSON array** (`application/json`; the same fields as POST /api/v1/events, \
            actors and locations by id, slug, name or alias), from **NDJSON** (`application/x-ndjson`, one event a \
            line), or from a dataset file as analysts hold it: an **ACLED CSV export** (`text/csv`, or \
            `format=acled`) or a **GDELT 2.0 event export** (`text/tab-separated-values`, 61 columns without a \
            header, or `format=gdelt`). `format` (acled, gdelt, json, ndjson) wins over the Content-Type of a \
            streamed body: GDELT names its tab-separated files `.CSV`, so `text/csv` with `format=gdelt` reads one. \
            NDJSON, CSV and tab-separated bodies are read as a stream, in constant memory, so files of any size can \
            be imported.

            Rows with an external key update the stored event with the same key (or leave it, with \
            `onExisting=SKIP`), so importing a file again creates no duplicates. By default the import is all or \
            nothing: if any row is invalid nothing is stored, and the 400 lists every bad row with its line (or \
            array position) and field. With `onError=skip` the good rows are stored and the bad ones listed in \
            the answer's `errors`.

            **ACLED.** Columns are found by their header names. `event_id_cnty` is the external key (source \
            `acled`), so importing the same file again changes nothing. `event_date` (ISO `2020-05-09`, or \
            `9-May-20` and `09 May 2020` as spreadsheets write it) with `time_precision` 1, 2 or 3 is the day, \
            the approximate month (`2020-05~`) or the approximate year (`2020~`). `actor1` is the INITIATOR, \
            `actor2` the TARGET, `assoc_actor_1` and `assoc_actor_2` (several separated by `;`) PARTICIPANTs. \
            `country` → `admin1` → `admin2` → `admin3` → `location` is the place, with `latitude`/`longitude` on \
            the last. `notes` is the summary, `source` the source's publisher (its URL is `urn:acled:<event id>`). \
            The title reads `<sub_event_type>: <actor1> and <actor2> in <location>`.

            | event_type | sub_event_type | type |
            | --- | --- | --- |
            | Battles | any | ASSAULT |
            | Explosions/Remote violence | any | ASSAULT |
            | Violence against civilians | Abduction/forced disappearance | COERCE |
            | Violence against civilians | Sexual violence, Attack, any other | ASSAULT |
            | Protests | Excessive force against protesters | COERCE |
            | Protests | Peaceful protest, Protest with intervention, any other | PROTEST |
            | Riots | Mob violence | ASSAULT |
            | Riots | Violent demonstration, any other | PROTEST |
            | Strategic developments | Agreement | AGREE |
            | Strategic developments | Arrests, Disrupted weapons use, Looting/property destruction | COERCE |
            | Strategic developments | Non-violent transfer of territory | RETREAT |
            | Strategic developments | Change to group/activity, Headquarters or base established, Other, any other | MOBILIZE |

            **GDELT.** `GLOBALEVENTID` is the external key (source `gdelt`), `SQLDATE` the day, `Actor1Name` the \
            INITIATOR and `Actor2Name` the TARGET, `ActionGeo_FullName` ("Tripoli, Tarabulus, Libya", read from \
            the country down) with `ActionGeo_Lat`/`ActionGeo_Long` the place, `SOURCEURL` the source. \
            `EventRootCode` (CAMEO) gives the type: 01 public statement → CONSULT, 02 appeal → REQUEST, \
            03 intent to cooperate → COOPERATE, 04 consult → CONSULT, 05 diplomatic and 06 material cooperation → \
            COOPERATE, 07 aid → AID, 08 yield → CONCEDE, 09 investigate → ACCUSE, 10 demand → REQUEST, \
            11 disapprove → ACCUSE, 12 reject → REJECT, 13 threaten → THREATEN, 14 protest → PROTEST, \
            15 force posture → MOBILIZE, 16 reduce relations → SANCTION, 17 coerce → COERCE, 18 assault, 19 fight \
            and 20 mass violence → ASSAULT.

            **Places and actors** a row names are created when missing: a country is found by name, each lower \
            level by name among the places of the level above (so two villages with the same name in different \
            districts stay apart); new actors get a kind from ACLED's `inter1`/`inter2` or GDELT's actor type code.

            **Messy files.** A file with a byte order mark, CRLF line ends or quoted line breaks reads as any \
            other. A row that cannot be read (a truncated last row, a quote left open, a bad date, an unknown \
            type) is reported with the line it starts on and the column at fault.""";

    private static final String ON_EXISTING =
            "UPDATE (default) changes stored events with the same external key; SKIP leaves them as they are";
    private static final String ON_ERROR = "REJECT (default) stores nothing when a row is invalid and reports every "
            + "bad row (400); SKIP stores the good rows and lists the bad ones in the answer";
    private static final String FORMAT = "The layout of a streamed body, when its Content-Type does not say it: "
            + "acled (CSV), gdelt (tab-separated), json (an array) or ndjson";

    private final ImportService imports;
    private final CurrentUser user;
    private final ObjectMapper mapper;
    private final long maxJsonBody;

    public ImportResource(ImportService imports, CurrentUser user, ObjectMapper mapper, GeoTimelineConfig config) {
        this.mapper = mapper;
        this.user = user;
        this.imports = imports;
        this.maxJsonBody = config.maxJsonBodySize().asLongValue();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importEvents", summary = SUMMARY, description = DESCRIPTION)
    @RequestBody(required = true, content = @Content(examples = @ExampleObject(name = "one event", value = """
            [{"title":"First Russian official delegation to Damascus since Assad's fall","type":"CONSULT",
              "when":"last month","reportedOn":"2025-02-13",
              "actors":[{"actor":"Russia","role":"INITIATOR"},{"actor":"Syrian transitional authorities","role":"TARGET"}],
              "locations":["Damascus"],"externalKey":{"source":"newsdesk","id":"delegation-2025-01"}}]""")))
    @APIResponse(responseCode = "200", description = "Imported: counts of created, updated and unchanged events")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    public ImportResult importJson(
            List<EventRequest> events,
            @RestQuery @Parameter(description = ON_EXISTING, schema = @Schema(implementation = ImportMode.class))
                    String onExisting,
            @RestQuery @Parameter(description = ON_ERROR, schema = @Schema(implementation = OnError.class))
                    String onError) {
        if (events == null) {
            throw ProblemException.badRequest("body", "send a JSON array of events");
        }
        return imports.importEvents(rowsOf(events), mode(onExisting), onError(onError), user.subject());
    }

    @POST
    @Consumes({NDJSON, ImportFormat.CSV, ImportFormat.TSV})
    @Operation(summary = SUMMARY, description = DESCRIPTION)
    @RequestBody(
            required = true,
            content = {
                // NDJSON rows as a JSON array: the OpenAPI filter writes them as lines (RequestBodiesFilter).
                @Content(mediaType = NDJSON, examples = @ExampleObject(name = "two lines", value = """
                    [{"title":"Putin and al-Sharaa hold their first phone call","type":"CONSULT","when":"Wednesday","reportedOn":"2025-02-13","actors":[{"actor":"putin","role":"INITIATOR"},{"actor":"al-sharaa","role":"TARGET"}],"externalKey":{"source":"newsdesk","id":"call-1"}},
                     {"title":"Russian forces regroup at Hmeimim","type":"MOBILIZE","date":"2024-12","actors":[{"actor":"russia","role":"INITIATOR"}],"locations":["khmeimim"],"externalKey":{"source":"newsdesk","id":"hmeimim-1"}}]""")),
                @Content(mediaType = ImportFormat.CSV, examples = @ExampleObject(name = "ACLED rows", value = """
                        event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,iso,timestamp
                        XLB101,2024-03-02,2024,1,Protests,Peaceful protest,Protesters (Lebanon),Teachers (Lebanon),Protesters,,,,60,Lebanon,North,Tripoli,,Tripoli,34.4367,35.8497,1,Example Weekly,National,"Teachers rallied in the main square over unpaid wages, saying ""enough"".",0,422,1710000000
                        XLY202,9-Mar-24,2024,2,Battles,Armed clash,Example Brigade,,Rebel groups,Harbour Guard,,Rebel groups,22,Libya,Tripoli,Tripoli,,Tripoli,32.8872,13.1913,1,Example Wire,International,Two invented militias exchanged fire near the port.,2,434,1710000000""")),
                @Content(mediaType = ImportFormat.TSV, examples = @ExampleObject(name = "GDELT row", value = """
                        1100000001\t20240309\t202403\t2024\t2024.1863\tLBY\tLIBYA\tLBY\t\t\t\t\t\t\t\tLBYMIL\tLIBYAN MILITARY\tLBY\t\t\t\t\tMIL\t\t\t1\t190\t190\t19\t4\t-10.0\t6\t1\t6\t-7.5\t4\tTripoli, Tarabulus, Libya\tLY\tLY34\t\t32.8925\t13.18\t-1\t4\tTripoli, Tarabulus, Libya\tLY\tLY34\t\t32.8925\t13.18\t-1\t4\tTripoli, Tarabulus, Libya\tLY\tLY34\t\t32.8925\t13.18\t-1\t20240309120000\thttps://example.org/news/tripoli-clashes"""))
            })
    @APIResponse(
            responseCode = "200",
            description = "Imported: counts of created, updated, unchanged and (onError=skip) skipped rows")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    public ImportResult importStream(
            InputStream body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @RestQuery @Parameter(description = ON_EXISTING, schema = @Schema(implementation = ImportMode.class))
                    String onExisting,
            @RestQuery @Parameter(description = ON_ERROR, schema = @Schema(implementation = OnError.class))
                    String onError,
            @RestQuery
                    @Parameter(
                            description = FORMAT,
                            schema = @Schema(enumeration = {"acled", "gdelt", "json", "ndjson"}))
                    String format)
            throws IOException {
        // Read as a stream, in the layout the format parameter or the Content-Type names.
        ImportFormat layout = ImportFormat.of(format, contentType);
        ImportMode mode = mode(onExisting);
        OnError policy = onError(onError);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            Iterator<ImportRow> rows = switch (layout) {
                case ACLED -> new AcledRows(reader);
                case GDELT -> new GdeltRows(reader);
                case NDJSON -> new NdjsonRows(reader, NdjsonRows.readerFor(mapper));
                case JSON -> rowsOf(jsonArray(body));
            };
            return imports.importEvents(rows, mode, policy, user.subject());
        }
    }

    /** A JSON array sent with format=json: read whole, so within the JSON body limit. */
    private List<EventRequest> jsonArray(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxJsonBody + 1));
        if (bytes.length > maxJsonBody) {
            throw BodySizeFilter.tooLarge(bytes.length + "+", maxJsonBody);
        }
        List<EventRequest> events = mapper.readerForListOf(EventRequest.class).readValue(bytes);
        if (events == null) {
            throw ProblemException.badRequest("body", "send a JSON array of events");
        }
        return events;
    }

    private static Iterator<ImportRow> rowsOf(List<EventRequest> events) {
        List<ImportRow> rows = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            rows.add(new ImportRow(i + 1, events.get(i)));
        }
        return rows.iterator();
    }

    static OnError onError(String value) {
        return QueryParameters.enumValue(OnError.class, "onError", value, OnError.REJECT);
    }

    static ImportMode mode(String value) {
        return QueryParameters.enumValue(ImportMode.class, "onExisting", value, ImportMode.UPDATE);
    }
}
