package dev.geotimeline.durability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geotimeline.testing.PackagedService;
import dev.geotimeline.testing.PackagedService.Replica;
import dev.geotimeline.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged service as a separate process, on the database its build is for (H2 file
 * store, or PostgreSQL with -Ppostgres): acknowledged writes survive kill -9, and SIGTERM lets an
 * in-flight request finish before the process exits.
 */
class DurabilityIT {

    private static final int SHUTDOWN_ROWS = 20_000;

    private PackagedService service;

    @AfterEach
    void stopEverything() {
        service.close();
    }

    @Test
    void acknowledgedWritesSurviveKillMinus9() throws Exception {
        service = PackagedService.withNewDatabase();
        Replica first = service.start();
        List<Integer> acknowledged = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            acknowledged.add(Tokens.asEditor()
                    .port(first.port())
                    .contentType(ContentType.JSON)
                    .body("""
                            {"title":"Durable %d","type":"AGREE","date":"1990-01-%02d",
                             "actors":[{"actor":"russia","role":"INITIATOR"}]}""".formatted(i, i + 1))
                    .post("/api/v1/events")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id"));
        }
        Tokens.asEditor()
                .port(first.port())
                .contentType(ContentType.JSON)
                .body("""
                        [{"title":"Durable import","type":"AGREE","date":"1990-02","actors":[{"actor":"syria","role":"INITIATOR"}],
                          "externalKey":{"source":"durability","id":"1"}}]""")
                .post("/api/v1/events/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(1));

        first.process().destroyForcibly();
        assertTrue(first.process().waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, first.process().exitValue(), "killed with SIGKILL");

        Replica second = service.start();
        for (int id : acknowledged) {
            given().port(second.port()).get("/api/v1/events/" + id).then().statusCode(200);
        }
        given().port(second.port())
                .queryParam("q", "durable")
                .queryParam("limit", 100)
                .get("/api/v1/timeline")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(26));
        // The demo data was loaded once, and not again after the restart.
        given().port(second.port())
                .get("/api/v1/actors/vladimir-putin/timeline")
                .then()
                .statusCode(200)
                .body("items.date.edtf", contains("2024-12-19", "2025-01-28", "2025-02-12"));
    }

    /**
     * SIGTERM arrives while the import's body is still being sent: half of it has gone, the service
     * counts the request as active (so its headers were read, not merely buffered by the kernel), and
     * the rest is held back until the signal is sent. The whole import must still be stored and
     * acknowledged.
     */
    @Test
    void sigtermFinishesTheRequestInFlight() throws Exception {
        service = PackagedService.withNewDatabase();
        Replica replica = service.start();
        byte[] rows = shutdownRows();
        HalfwaySignal body = new HalfwaySignal(rows);
        CompletableFuture<Response> importing = CompletableFuture.supplyAsync(() -> Tokens.asEditor()
                .port(replica.port())
                .contentType("application/x-ndjson")
                .body(body)
                .post("/api/v1/events/import"));
        assertTrue(body.halfway.await(60, TimeUnit.SECONDS), "the upload started");
        try {
            awaitActiveImport(replica);
            replica.process().destroy();
            assertFalse(importing.isDone(), "SIGTERM was sent while the import was in flight");
        } finally {
            body.rest.countDown();
        }

        Response answer = importing.get(120, TimeUnit.SECONDS);
        assertEquals(200, answer.statusCode(), answer.asString());
        assertEquals(SHUTDOWN_ROWS, answer.jsonPath().getInt("created"), "the whole in-flight import completes");
        assertTrue(replica.process().waitFor(60, TimeUnit.SECONDS), "the process exits after the request");

        Replica restarted = service.start();
        Tokens.asEditor()
                .port(restarted.port())
                .contentType("application/x-ndjson")
                .body(rows)
                .queryParam("onExisting", "SKIP")
                .post("/api/v1/events/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(0))
                .body("unchanged", equalTo(SHUTDOWN_ROWS));
    }

    /** Until the service's own gauge counts the import beside the request that reads it. */
    private static void awaitActiveImport(Replica replica) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (activeRequests(replica) < 2) {
            assertTrue(System.nanoTime() < deadline, "the service never counted the import as an active request");
            Thread.sleep(50);
        }
    }

    private static double activeRequests(Replica replica) {
        return given().port(replica.port())
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .lines()
                .filter(line -> line.startsWith("http_server_active_requests{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static byte[] shutdownRows() {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < SHUTDOWN_ROWS; i++) {
            rows.append("{\"title\":\"Shutdown row ")
                    .append(i)
                    .append("\",\"type\":\"AID\",\"date\":\"1991\",")
                    .append("\"actors\":[{\"actor\":\"russia\",\"role\":\"INITIATOR\"}],")
                    .append("\"externalKey\":{\"source\":\"shutdown\",\"id\":\"")
                    .append(i)
                    .append("\"}}\n");
        }
        return rows.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A request body that says when half of it has been read, then waits until it is let go. */
    private static final class HalfwaySignal extends InputStream {
        private static final int PIECE = 16 * 1024;
        final CountDownLatch halfway = new CountDownLatch(1);
        final CountDownLatch rest = new CountDownLatch(1);
        private final byte[] data;
        private int position;

        HalfwaySignal(byte[] data) {
            this.data = data;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            if (position >= data.length / 2) {
                halfway.countDown();
                awaitRest();
            }
            if (position >= data.length) {
                return -1;
            }
            int count = Math.min(Math.min(length, PIECE), data.length - position);
            System.arraycopy(data, position, target, offset, count);
            position += count;
            return count;
        }

        private void awaitRest() {
            try {
                if (!rest.await(120, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never let the rest of the body go");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
