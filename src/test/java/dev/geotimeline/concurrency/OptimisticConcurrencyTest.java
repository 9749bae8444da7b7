package dev.geotimeline.concurrency;

import static dev.geotimeline.testing.Tokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** ETags and If-Match: concurrent editors never overwrite each other silently. */
@QuarkusTest
class OptimisticConcurrencyTest {

    @Test
    void etagIsTheVersionAndIfNoneMatchAnswers304() {
        int id = createEvent("ETag test");
        String etag = given().get("/api/v1/events/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        assertEquals("\"0\"", etag);
        given().header("If-None-Match", etag).get("/api/v1/events/" + id).then().statusCode(304);
        given().header("If-None-Match", "\"41\"")
                .get("/api/v1/events/" + id)
                .then()
                .statusCode(200);

        String actor = createActor("ETag Test Actor");
        given().get("/api/v1/actors/" + actor).then().statusCode(200).header("ETag", equalTo("\"0\""));
        asEditor()
                .contentType("application/merge-patch+json")
                .body("{\"aliases\":[\"ETag Alias\"]}")
                .patch("/api/v1/actors/" + actor)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""));
        given().header("If-None-Match", "\"1\"")
                .get("/api/v1/actors/" + actor)
                .then()
                .statusCode(304);
    }

    @Test
    void staleIfMatchIsRejectedWith412AndChangesNothing() {
        int id = createEvent("Stale test");
        asEditor()
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body("{\"summary\":\"first edit\"}")
                .patch("/api/v1/events/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"");
        asEditor()
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body("{\"summary\":\"second edit based on a stale copy\"}")
                .patch("/api/v1/events/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        asEditor()
                .header("If-Match", "\"0\"")
                .delete("/api/v1/events/" + id)
                .then()
                .statusCode(412);
        given().get("/api/v1/events/" + id).then().statusCode(200).body("summary", equalTo("first edit"));
        asEditor()
                .header("If-Match", "\"1\"")
                .delete("/api/v1/events/" + id)
                .then()
                .statusCode(204);
    }

    @Test
    void mergePatchChangesOnlyTheGivenFieldsAndANewDateReplacesRelativeWords() {
        int id = asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"title":"Patch test","summary":"keep me","type":"CONSULT","when":"Wednesday","reportedOn":"1996-02-15",
                         "actors":[{"actor":"russia","role":"INITIATOR"}],"tags":["a"]}""")
                .post("/api/v1/events")
                .then()
                .statusCode(201)
                .body("date.edtf", equalTo("1996-02-14"))
                .extract()
                .path("id");
        asEditor()
                .contentType("application/merge-patch+json")
                .body("{\"date\":\"1996-02\",\"tags\":null}")
                .patch("/api/v1/events/" + id)
                .then()
                .statusCode(200)
                .body("date.edtf", equalTo("1996-02"))
                .body("date.expression", equalTo(null))
                .body("summary", equalTo("keep me"))
                .body("tags.size()", equalTo(0))
                .body("actors[0].slug", equalTo("russia"));
        asEditor()
                .contentType("application/merge-patch+json")
                .body("{\"type\":\"NOT_A_TYPE\"}")
                .patch("/api/v1/events/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("type"));
        asEditor()
                .contentType("application/merge-patch+json")
                .body("[1,2]")
                .patch("/api/v1/events/" + id)
                .then()
                .statusCode(400);
        String actor = createActor("Patch Test Actor");
        asEditor()
                .contentType("application/merge-patch+json")
                .body("{\"aliases\":[\"Patchy\",\"P. T. Actor\"]}")
                .patch("/api/v1/actors/" + actor)
                .then()
                .statusCode(200)
                .body("aliases[1]", equalTo("P. T. Actor"))
                .body("kind", equalTo("OTHER"));
    }

    /**
     * Many writers add their own tag to the same events, each with
     * read-modify-write under If-Match, retrying on 412. Every acknowledged
     * write must be in the final state: no update is lost.
     */
    @Test
    void concurrentWritersLoseNoAcknowledgedUpdate() throws Exception {
        List<Integer> events = List.of(createEvent("Concurrency A"), createEvent("Concurrency B"));
        int writers = 8;
        int writesEach = 6;
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            futures.add(pool.submit(() -> {
                for (int n = 0; n < writesEach; n++) {
                    int id = events.get((writer + n) % events.size());
                    String tag = "w" + writer + "-n" + n;
                    addTagWithRetries(id, tag);
                    acknowledged.add(id + ":" + tag);
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        Set<String> stored = new HashSet<>();
        for (int id : events) {
            List<String> tags = given().get("/api/v1/events/" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("tags");
            tags.forEach(tag -> stored.add(id + ":" + tag));
        }
        assertEquals(writers * writesEach, acknowledged.size());
        assertTrue(stored.containsAll(acknowledged), "lost updates: " + missing(acknowledged, stored));
        assertEquals(writers * writesEach, stored.size(), "nothing but acknowledged writes");
    }

    private static void addTagWithRetries(int id, String tag) {
        for (int attempt = 0; attempt < 200; attempt++) {
            Response current = given().get("/api/v1/events/" + id);
            List<String> tags = new ArrayList<>(current.jsonPath().getList("tags"));
            tags.add(tag);
            Response update = asEditor()
                    .header("If-Match", current.header("ETag"))
                    .contentType("application/merge-patch+json")
                    .body(java.util.Map.of("tags", tags))
                    .patch("/api/v1/events/" + id);
            if (update.statusCode() == 200) {
                return;
            }
            // 412: another writer changed it first; 503: its lock outlasted the lock timeout (a busy machine).
            assertTrue(update.statusCode() == 412 || update.statusCode() == 503, update.asString());
            if (update.statusCode() == 503) {
                assertEquals("1", update.header("Retry-After"));
            }
        }
        throw new AssertionError("no success after 200 attempts for " + tag);
    }

    private static Set<String> missing(ConcurrentLinkedQueue<String> acknowledged, Set<String> stored) {
        Set<String> missing = new HashSet<>(acknowledged);
        missing.removeAll(stored);
        return missing;
    }

    /** A new actor of this test's own (a unique slug per call), so no other test changes it. */
    private static String createActor(String name) {
        return asEditor()
                .contentType(ContentType.JSON)
                .body("{\"name\":\"%s %s\",\"kind\":\"OTHER\"}".formatted(name, UUID.randomUUID()))
                .post("/api/v1/actors")
                .then()
                .statusCode(201)
                .extract()
                .path("slug");
    }

    private static int createEvent(String title) {
        return asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"title":"%s","type":"SUPPORT","date":"1992-03-04",
                         "actors":[{"actor":"russia","role":"INITIATOR"}]}""".formatted(title))
                .post("/api/v1/events")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
