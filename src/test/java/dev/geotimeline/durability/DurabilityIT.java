package dev.geotimeline.durability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geotimeline.testing.Tokens;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged service (prod profile, H2 file store) as a separate
 * process: acknowledged writes survive kill -9, and SIGTERM lets an in-flight
 * request finish before the process exits.
 */
class DurabilityIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Path PUBLIC_KEY = Path.of("src", "main", "resources", "jwt", "dev-public-key.pem");

    private final List<Process> started = new ArrayList<>();
    private Path dataDir;
    private int port;

    @AfterEach
    void stopEverything() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void acknowledgedWritesSurviveKillMinus9() throws Exception {
        dataDir = Files.createTempDirectory("geotimeline-durability");
        port = freePort();
        Process first = start();
        List<Integer> acknowledged = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            acknowledged.add(Tokens.asEditor()
                    .port(port)
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
                .port(port)
                .contentType(ContentType.JSON)
                .body("""
                        [{"title":"Durable import","type":"AGREE","date":"1990-02","actors":[{"actor":"syria","role":"INITIATOR"}],
                          "externalKey":{"source":"durability","id":"1"}}]""")
                .post("/api/v1/events/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(1));

        first.destroyForcibly();
        assertTrue(first.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, first.exitValue(), "killed with SIGKILL");

        start();
        for (int id : acknowledged) {
            given().port(port).get("/api/v1/events/" + id).then().statusCode(200);
        }
        given().port(port)
                .queryParam("q", "durable")
                .queryParam("limit", 100)
                .get("/api/v1/timeline")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(26));
        // The demo data was loaded once, and not again after the restart.
        given().port(port)
                .get("/api/v1/actors/vladimir-putin/timeline")
                .then()
                .statusCode(200)
                .body("items.date.edtf", contains("2024-12-19", "2025-01-28", "2025-02-12"));
    }

    @Test
    void sigtermFinishesTheRequestInFlight() throws Exception {
        dataDir = Files.createTempDirectory("geotimeline-shutdown");
        port = freePort();
        Process process = start();
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            rows.append("{\"title\":\"Shutdown row ")
                    .append(i)
                    .append("\",\"type\":\"AID\",\"date\":\"1991\",")
                    .append("\"actors\":[{\"actor\":\"russia\",\"role\":\"INITIATOR\"}],")
                    .append("\"externalKey\":{\"source\":\"shutdown\",\"id\":\"")
                    .append(i)
                    .append("\"}}\n");
        }
        CompletableFuture<Integer> importStatus = CompletableFuture.supplyAsync(() -> Tokens.asEditor()
                .port(port)
                .contentType("application/x-ndjson")
                .body(rows.toString().getBytes())
                .post("/api/v1/events/import")
                .statusCode());
        Thread.sleep(1500);
        process.destroy();
        assertEquals(200, importStatus.get(120, TimeUnit.SECONDS), "the in-flight import completes");
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the process exits after the request");

        start();
        given().port(port)
                .queryParam("q", "shutdown row")
                .queryParam("limit", 1)
                .get("/api/v1/timeline")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1));
    }

    private Process start() throws IOException, InterruptedException {
        assertTrue(Files.exists(JAR), JAR + " is built by the package phase");
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx512m", "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        Path.of("target", "durability-it.log").toFile()));
        builder.environment()
                .put("GEOTIMELINE_DATA_DIR", dataDir.toAbsolutePath().toString());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment()
                .put(
                        "GEOTIMELINE_JWT_PUBLIC_KEY_LOCATION",
                        PUBLIC_KEY.toAbsolutePath().toString());
        builder.environment().put("GEOTIMELINE_JWT_ISSUER", Tokens.ISSUER);
        Process process = builder.start();
        started.add(process);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (given().port(port).get("/q/health/ready").statusCode() == 200) {
                    return process;
                }
            } catch (Exception notYetListening) {
                // keep polling until the deadline
            }
            assertTrue(process.isAlive(), "the service exited during start-up; see target/durability-it.log");
            Thread.sleep(250);
        }
        throw new AssertionError("the service did not become ready in 90 s; see target/durability-it.log");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
