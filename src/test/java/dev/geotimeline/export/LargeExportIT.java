package dev.geotimeline.export;

import static dev.geotimeline.testing.Tokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.geotimeline.testing.PackagedService;
import dev.geotimeline.testing.PackagedService.Replica;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An export streams: 100,000 events download in every format from the packaged service running
 * with a 64 MB heap, far less than the events take in memory (a page of 500 at a time is held),
 * and the service is still up afterwards. The events are loaded through the bulk import by the
 * same database under an ordinary heap first. H2 only: the export code is the same on PostgreSQL,
 * where ExportApiTest checks every format.
 */
class LargeExportIT {

    private static final int EVENTS = 100_000;
    private static final int CHUNK = 5_000;
    private static final String SMALL_HEAP = "-Xmx64m";
    private static final Path LOG = Path.of("target", "packaged-service-it.log");

    private PackagedService service;

    @AfterEach
    void stopEverything() {
        service.close();
    }

    @Test
    void oneHundredThousandEventsExportInEveryFormatUnderA64MegabyteHeap() throws Exception {
        service = PackagedService.withNewDatabase().with("GEOTIMELINE_DEMO_DATA_ENABLED", "false");
        assumeFalse(service.onPostgres(), "the 100k export runs on the H2 build");
        Replica loader = service.start();
        createPlaceAndActor(loader.port());
        for (int first = 0; first < EVENTS; first += CHUNK) {
            importChunk(loader.port(), first);
        }
        loader.stop();

        long logBefore = Files.exists(LOG) ? Files.size(LOG) : 0;
        Replica small = service.withMaxHeap(SMALL_HEAP).start();
        String base = "http://127.0.0.1:" + small.port() + "/api/v1/actors/large-export-actor/timeline?format=";
        assertEquals(EVENTS + 1, count(base + "csv&bom=true", "\r\n"), "CSV: a header and one row per event");
        assertEquals(EVENTS, count(base + "ndjson", "\n"), "NDJSON: one line per event");
        assertEquals(EVENTS, count(base + "geojson", "\"type\":\"Feature\","), "GeoJSON: one Feature per event");
        assertEquals(EVENTS, count(base + "timelinejs", "\"unique_id\""), "TimelineJS: one event per event");

        assertTrue(small.process().isAlive(), "the service survived the exports");
        given().port(small.port()).get("/q/health/live").then().statusCode(200);
        String log =
                Files.readString(LOG, StandardCharsets.UTF_8).substring((int) Math.min(logBefore, Files.size(LOG)));
        assertFalse(log.contains("OutOfMemoryError"), "no OutOfMemoryError in the service's log");
    }

    private static void createPlaceAndActor(int port) {
        asEditor()
                .port(port)
                .contentType(ContentType.JSON)
                .body("""
                        {"name":"Large Export Actor","slug":"large-export-actor","kind":"PERSON"}""")
                .post("/api/v1/actors")
                .then()
                .statusCode(201);
        asEditor()
                .port(port)
                .contentType(ContentType.JSON)
                .body("""
                        {"name":"Large Export Town","slug":"large-export-town","kind":"CITY",
                         "latitude":33.5,"longitude":36.3}""")
                .post("/api/v1/locations")
                .then()
                .statusCode(201);
    }

    private static void importChunk(int port, int first) {
        String rows = IntStream.range(first, first + CHUNK)
                .mapToObj(i -> """
                        {"title":"Large export row %d, with a comma","summary":"Delegates met for round %d.",
                         "type":"CONSULT","date":"%d-%02d-%02d",
                         "actors":[{"actor":"large-export-actor","role":"INITIATOR"}],
                         "locations":["large-export-town"],
                         "sources":[{"url":"https://example.org/large/%d"}]}""".formatted(i, i, 1950 + i % 70, 1 + i % 12, 1 + i % 28, i))
                .collect(Collectors.joining(",", "[", "]"));
        asEditor()
                .port(port)
                .contentType(ContentType.JSON)
                .body(rows)
                .post("/api/v1/events/import")
                .then()
                .statusCode(200);
    }

    /** Occurrences of {@code pattern} in the body, read as a stream: the test does not hold the body either. */
    private static long count(String url, String pattern) throws IOException, InterruptedException {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<InputStream> response = client.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofMinutes(2))
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode(), url);
        byte[] wanted = pattern.getBytes(StandardCharsets.UTF_8);
        long found = 0;
        int matched = 0;
        try (InputStream body = response.body()) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                for (int i = 0; i < read; i++) {
                    // The patterns do not overlap themselves, so a mismatch restarts at this byte.
                    matched = buffer[i] == wanted[matched] ? matched + 1 : (buffer[i] == wanted[0] ? 1 : 0);
                    if (matched == wanted.length) {
                        found++;
                        matched = 0;
                    }
                }
            }
        }
        return found;
    }
}
