package dev.geotimeline.pagecache;

import static dev.geotimeline.testing.Tokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A repeated page is served without touching the database, and every kind of
 * write is visible in the very next read.
 */
@QuarkusTest
class PageCacheTest {

    private static final String TIMELINE = "/api/v1/actors/cache-test-actor/timeline?limit=2";

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Inject
    PageCache cache;

    @BeforeEach
    void actorWithThreeEvents() {
        if (given().get("/api/v1/actors/cache-test-actor").statusCode() == 404) {
            asEditor()
                    .contentType(ContentType.JSON)
                    .body("{\"name\":\"Cache Test Actor\",\"kind\":\"OTHER\"}")
                    .post("/api/v1/actors")
                    .then()
                    .statusCode(201);
            for (int day = 1; day <= 3; day++) {
                createEvent("Cache event " + day, "2001-01-0" + day);
            }
        }
    }

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String databaseKind;

    @Test
    void aRepeatedPageIsServedFromMemoryWithItsLinkHeader() {
        assertEquals(
                "h2".equals(databaseKind),
                cache.enabled(),
                "on by default with the embedded H2 database, off for PostgreSQL shared by replicas");
        Response first = get(TIMELINE);
        long statements = statementsFor(TIMELINE);
        Response second = get(TIMELINE);

        if (cache.enabled()) {
            assertEquals(0, statements, "a repeated page must not query the database");
        } else {
            assertTrue(statements > 0, "without the cache every page reads the shared database");
        }
        assertEquals(first.asString(), second.asString());
        assertEquals(first.header("Link"), second.header("Link"));
        assertTrue(second.header("Link").contains("cursor="), "the first of two pages links to the next");
        assertEquals("application/json", second.contentType().split(";")[0]);
    }

    @Test
    void differentParametersAreDifferentPages() {
        get(TIMELINE);
        assertTrue(statementsFor(TIMELINE + "&order=desc") > 0);
        assertNotEquals(get(TIMELINE).asString(), get(TIMELINE + "&order=desc").asString());
    }

    @Test
    void aNewEventAppearsInTheNextRead() {
        get("/api/v1/actors/cache-test-actor/timeline?limit=50")
                .then()
                .body("items.title", not(hasItem("Cache event new")));
        createEvent("Cache event new", "2001-02-01");
        get("/api/v1/actors/cache-test-actor/timeline?limit=50").then().body("items.title", hasItem("Cache event new"));
    }

    @Test
    void renamingAnActorChangesTheCachedPages() {
        get(TIMELINE).then().body("items[0].actors.name", hasItem("Cache Test Actor"));
        asEditor()
                .contentType("application/merge-patch+json")
                .body("{\"aliases\":[\"Cache Alias\"]}")
                .patch("/api/v1/actors/cache-test-actor")
                .then()
                .statusCode(200);
        asEditor()
                .contentType("application/merge-patch+json")
                .body("{\"name\":\"Cache Test Actor Renamed\"}")
                .patch("/api/v1/actors/cache-test-actor")
                .then()
                .statusCode(200);
        get(TIMELINE).then().body("items[0].actors.name", hasItem("Cache Test Actor Renamed"));
        asEditor()
                .contentType("application/merge-patch+json")
                .body("{\"name\":\"Cache Test Actor\"}")
                .patch("/api/v1/actors/cache-test-actor")
                .then()
                .statusCode(200);
    }

    @Test
    void aDeletedEventDisappearsFromTheNextRead() {
        long id = createEvent("Cache event doomed", "2001-03-01");
        get("/api/v1/actors/cache-test-actor/timeline?limit=50")
                .then()
                .body("items.title", hasItem("Cache event doomed"));
        asEditor().delete("/api/v1/events/" + id).then().statusCode(204);
        get("/api/v1/actors/cache-test-actor/timeline?limit=50")
                .then()
                .body("items.title", not(hasItem("Cache event doomed")));
    }

    @Test
    void errorsAreNotKept() {
        String unknown = "/api/v1/actors/no-such-cache-actor/timeline";
        given().get(unknown).then().statusCode(404).contentType("application/problem+json");
        Statistics statistics = statistics();
        statistics.clear();
        given().get(unknown).then().statusCode(404).contentType("application/problem+json");
        assertTrue(
                statistics.getPrepareStatementCount() > 0,
                "a repeated error must be answered by the database again, not from the cache");
    }

    private Statistics statistics() {
        return entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    }

    private long statementsFor(String path) {
        Statistics statistics = statistics();
        statistics.clear();
        get(path);
        return statistics.getPrepareStatementCount();
    }

    private static Response get(String path) {
        Response response = given().get(path);
        response.then().statusCode(200);
        return response;
    }

    private static long createEvent(String title, String date) {
        return asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"title":"%s","type":"CONSULT","date":"%s",
                         "actors":[{"actor":"cache-test-actor","role":"INITIATOR"}],
                         "sources":[{"url":"https://example.org/cache"}]}""".formatted(title, date))
                .post("/api/v1/events")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }
}
