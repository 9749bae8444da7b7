package dev.geotimeline.timeline;

import static dev.geotimeline.testing.Tokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geotimeline.pagecache.PageCache;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Guard rail against N+1 queries: the number of SQL statements for a timeline
 * page depends neither on the page size nor on how many events are stored.
 */
@QuarkusTest
class TimelineQueryCostTest {

    private static final int MAX_STATEMENTS_PER_PAGE = 10;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Inject
    PageCache pageCache;

    @Test
    void statementsPerPageAreConstant() {
        createActorWithEvents("Cost Test Actor", 0, 30);
        Map<String, Long> small = costs(5);
        Map<String, Long> large = costs(30);
        assertEquals(small, large, "statements must not grow with the page size: " + small + " vs " + large);

        createActorWithEvents("Cost Test Actor", 30, 300);
        Map<String, Long> afterGrowth = costs(30);
        assertEquals(large, afterGrowth, "statements must not grow with the number of events");
        afterGrowth.forEach((query, count) -> assertTrue(
                count > 0 && count <= MAX_STATEMENTS_PER_PAGE,
                query + " must be read from the database (not a cached page) in at most " + MAX_STATEMENTS_PER_PAGE
                        + " statements: " + count));
    }

    private Map<String, Long> costs(int limit) {
        Map<String, Long> costs = new LinkedHashMap<>();
        costs.put("actor", cost("/api/v1/actors/cost-test-actor/timeline", limit));
        costs.put("location", cost("/api/v1/locations/syria/timeline?q=cost", limit));
        costs.put("actor pair", cost("/api/v1/timeline?actor=cost-test-actor&actor=russia", limit));
        costs.put("type and dates", cost("/api/v1/timeline?type=RETREAT&from=1980&to=1989", limit));
        return costs;
    }

    private long cost(String path, int limit) {
        pageCache.advance(); // the database path is measured, not a page kept from an earlier read
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        int items = given().queryParam("limit", limit)
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items")
                .size();
        assertEquals(limit, items, path + " must return a full page for the comparison to mean anything");
        return statistics.getPrepareStatementCount();
    }

    private static void createActorWithEvents(String actor, int from, int to) {
        if (from == 0) {
            asEditor()
                    .contentType(ContentType.JSON)
                    .body("{\"name\":\"" + actor + "\",\"kind\":\"OTHER\"}")
                    .post("/api/v1/actors")
                    .then()
                    .statusCode(201);
        }
        StringBuilder rows = new StringBuilder("[");
        for (int i = from; i < to; i++) {
            rows.append(i == from ? "" : ",").append("""
                    {"title":"Cost event %d","summary":"cost test","type":"RETREAT","date":"198%d-0%d-1%d",
                     "actors":[{"actor":"%s","role":"INITIATOR"},{"actor":"russia","role":"TARGET"}],
                     "locations":["hmeimim-air-base","damascus"],"tags":["cost"],
                     "sources":[{"url":"https://example.org/%d","publishedOn":"1990-01-01"}]}""".formatted(i, i % 10, 1 + i % 9, i % 10, actor, i));
        }
        asEditor()
                .contentType(ContentType.JSON)
                .body(rows.append("]").toString())
                .post("/api/v1/events/import")
                .then()
                .statusCode(200);
    }
}
