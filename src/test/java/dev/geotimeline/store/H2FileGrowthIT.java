package dev.geotimeline.store;

import static dev.geotimeline.testing.Tokens.asEditor;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.geotimeline.testing.PackagedService;
import dev.geotimeline.testing.PackagedService.Replica;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The H2 file stays proportionate to its data: through a bulk import and then a stretch of
 * ordinary single-event writes (create, edit, delete), as a week of use would bring, its size
 * per stored event stays bounded instead of growing with every commit.
 */
class H2FileGrowthIT {

    private static final int IMPORTED = 4_000;
    private static final int SINGLE_WRITES = 600;

    private PackagedService service;

    @AfterEach
    void stopEverything() {
        service.close();
    }

    @Test
    void theFileStaysProportionateThroughAnImportAndManySingleWrites() throws Exception {
        service = PackagedService.withNewDatabase();
        assumeFalse(service.onPostgres(), "the H2 file store");
        Map<String, Long> bytes = measure();
        System.out.println("H2 file bytes: " + bytes);

        long perEventAfterImport = bytes.get("afterImport") / IMPORTED;
        assertTrue(perEventAfterImport < 12_000, "bytes per event after the import: " + perEventAfterImport);
        // Without the housekeeping these writes grew the file by 70 % (27 MB to 46 MB) on this workload.
        assertTrue(
                bytes.get("afterWrites") <= bytes.get("afterImport") * 5 / 4,
                "the single writes must not grow the file by more than a quarter: " + bytes);
    }

    private Map<String, Long> measure() throws Exception {
        Replica replica = service.start();
        for (int chunk = 0; chunk < IMPORTED / 1000; chunk++) {
            int first = chunk * 1000;
            String rows = IntStream.range(first, first + 1000)
                    .mapToObj(i -> """
                            {"title":"Growth row %d about ceasefire talks","summary":"Delegations met near the port for round %d.",
                             "type":"CONSULT","date":"19%02d-%02d-%02d",
                             "actors":[{"actor":"russia","role":"INITIATOR"},{"actor":"syria","role":"TARGET"}],
                             "locations":["latakia","tartus"],"tags":["growth","talks"],
                             "sources":[{"url":"https://example.org/growth/%d","publisher":"Example Wire"}],
                             "externalKey":{"source":"growth","id":"%d"}}""".formatted(i, i, 50 + i % 50, 1 + i % 12, 1 + i % 28, i, i))
                    .collect(Collectors.joining(",", "[", "]"));
            asEditor()
                    .port(replica.port())
                    .contentType(ContentType.JSON)
                    .body(rows)
                    .post("/api/v1/events/import")
                    .then()
                    .statusCode(200);
        }
        Thread.sleep(3_000); // past the retention time, so the housekeeping may reuse what the import freed
        long afterImport = service.dataDirectoryBytes();
        for (int i = 0; i < SINGLE_WRITES; i++) {
            int id = asEditor()
                    .port(replica.port())
                    .contentType(ContentType.JSON)
                    .body("""
                            {"title":"Single write %d","type":"AID","date":"2001-02-03",
                             "actors":[{"actor":"russia","role":"INITIATOR"}],"locations":["damascus"]}""".formatted(i))
                    .post("/api/v1/events")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            asEditor()
                    .port(replica.port())
                    .contentType("application/merge-patch+json")
                    .body("{\"summary\":\"edited once\"}")
                    .patch("/api/v1/events/" + id)
                    .then()
                    .statusCode(200);
            asEditor()
                    .port(replica.port())
                    .delete("/api/v1/events/" + id)
                    .then()
                    .statusCode(204);
        }
        Thread.sleep(3_000);
        long afterWrites = service.dataDirectoryBytes();
        replica.stop();
        return Map.of("afterImport", afterImport, "afterWrites", afterWrites);
    }
}
