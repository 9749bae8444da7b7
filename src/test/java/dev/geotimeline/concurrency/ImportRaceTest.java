package dev.geotimeline.concurrency;

import static dev.geotimeline.testing.Tokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Imports racing with edits and with each other: every request is answered (success or a 409
 * to retry, never a 500), nothing acknowledged is lost, and an external key names one event.
 */
@QuarkusTest
class ImportRaceTest {

    private static final int ROUNDS = 20;
    private static final Set<Integer> ANSWERS = Set.of(200, 409);

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        pool.shutdownNow();
    }

    /**
     * The import replaces title and summary; the PATCH changes the summary only. Whatever order
     * the two commit in, the result is one of the two serial outcomes: the title is the import's,
     * and the summary is the import's or the PATCH's. A PATCH applied on a stale copy would bring
     * the old title back.
     */
    @Test
    void anImportAndAPatchOfTheSameEventNeverLoseAnAcknowledgedChange() throws Exception {
        String source = "race-" + UUID.randomUUID();
        asEditor()
                .contentType(ContentType.JSON)
                .body("[" + row(source, "k", "Race round start", "start") + "]")
                .post("/api/v1/events/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(1));
        int id = given().queryParam("q", marker(source))
                .get("/api/v1/timeline")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        int importsAcknowledged = 0;
        int patchesAcknowledged = 0;
        for (int round = 0; round < ROUNDS; round++) {
            String title = "Race round " + round + " " + marker(source);
            String body = "[" + row(source, "k", "Race round " + round, "imported " + round) + "]";
            String patched = "patched " + round;
            // The PATCH starts 0-60 ms after the import, so rounds go from full overlap to one after the other.
            long patchDelay = (round % 4) * 20L;
            List<Response> answers = together(
                    () -> asEditor().contentType(ContentType.JSON).body(body).post("/api/v1/events/import"), () -> {
                        Thread.sleep(patchDelay);
                        return asEditor()
                                .contentType("application/merge-patch+json")
                                .body(Map.of("summary", patched))
                                .patch("/api/v1/events/" + id);
                    });
            answers.forEach(answer -> assertTrue(ANSWERS.contains(answer.statusCode()), answer.asString()));
            boolean imported = answers.get(0).statusCode() == 200;
            boolean patchedOk = answers.get(1).statusCode() == 200;
            importsAcknowledged += imported ? 1 : 0;
            patchesAcknowledged += patchedOk ? 1 : 0;
            Map<String, Object> stored = given().get("/api/v1/events/" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getMap("");
            if (imported) {
                assertEquals(title, stored.get("title"), "the acknowledged import's title is kept");
            }
            if (imported && patchedOk) {
                assertTrue(Set.of("imported " + round, patched).contains(stored.get("summary")), stored.toString());
            } else if (patchedOk) {
                assertEquals(patched, stored.get("summary"));
            } else if (imported) {
                assertEquals("imported " + round, stored.get("summary"));
            }
        }
        // Which of two racing writes wins (or whether both pass) is up to timing; the checks above mean
        // something only if acknowledged writes of both kinds were checked.
        assertTrue(
                importsAcknowledged > 0 && patchesAcknowledged > 0,
                "acknowledged imports: " + importsAcknowledged + ", acknowledged patches: " + patchesAcknowledged);
    }

    @Test
    void twoImportsOfOneNewExternalKeyStoreOneEvent() throws Exception {
        String source = "race-" + UUID.randomUUID();
        for (int round = 0; round < ROUNDS; round++) {
            String key = "new-" + round;
            List<Response> answers = together(
                    () -> asEditor()
                            .contentType(ContentType.JSON)
                            .body("[" + row(source, key, "First racer", "a") + "]")
                            .post("/api/v1/events/import"),
                    () -> asEditor()
                            .contentType(ContentType.JSON)
                            .body("[" + row(source, key, "Second racer", "b") + "]")
                            .post("/api/v1/events/import"));
            answers.forEach(answer -> assertTrue(ANSWERS.contains(answer.statusCode()), answer.asString()));
            assertTrue(answers.stream().anyMatch(answer -> answer.statusCode() == 200), "one of them succeeds");
        }
        List<Map<String, Object>> stored = given().queryParam("q", marker(source))
                .queryParam("limit", 100)
                .get("/api/v1/events")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        assertEquals(ROUNDS, stored.size(), "one event per external key: " + stored);
    }

    private List<Response> together(Callable<Response> first, Callable<Response> second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        Future<Response> a = pool.submit(() -> {
            start.await();
            return first.call();
        });
        Future<Response> b = pool.submit(() -> {
            start.await();
            return second.call();
        });
        return List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));
    }

    /** The title ends with a word made of the source, so each test finds exactly its own events. */
    private static String row(String source, String id, String title, String summary) {
        return """
                {"title":"%s %s","summary":"%s","type":"CONSULT","date":"2003-04-05",
                 "actors":[{"actor":"russia","role":"INITIATOR"}],
                 "externalKey":{"source":"%s","id":"%s"}}""".formatted(title, marker(source), summary, source, id);
    }

    private static String marker(String source) {
        return "m" + source.substring(5, 13);
    }
}
