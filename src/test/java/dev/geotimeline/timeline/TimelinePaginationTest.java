package dev.geotimeline.timeline;

import static dev.geotimeline.testing.Tokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Keyset pages walk the whole timeline with no duplicates or gaps, in both directions. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelinePaginationTest {

    private static final int EVENTS = 37;

    private boolean created;

    @BeforeEach
    void createManyEventsSharingDates() {
        if (created) {
            return;
        }
        created = true;
        asEditor()
                .contentType(ContentType.JSON)
                .body("""
                {"name":"Pagination Test Actor","kind":"OTHER"}""")
                .post("/api/v1/actors")
                .then()
                .statusCode(201);
        StringBuilder rows = new StringBuilder("[");
        for (int i = 0; i < EVENTS; i++) {
            // Only four distinct dates, mixing precisions, so pages must break ties by id.
            String date = switch (i % 4) {
                case 0 -> "1999-05";
                case 1 -> "1999-05-01";
                case 2 -> "1999";
                default -> "1999-05-17";
            };
            rows.append(i == 0 ? "" : ",").append("""
                    {"title":"Paged event %d","type":"PROTEST","date":"%s",
                     "actors":[{"actor":"pagination-test-actor","role":"INITIATOR"}],
                     "externalKey":{"source":"pagination-test","id":"%d"}}""".formatted(i, date, i));
        }
        asEditor()
                .contentType(ContentType.JSON)
                .body(rows.append("]").toString())
                .post("/api/v1/events/import")
                .then()
                .statusCode(200);
    }

    @Test
    void pagesCoverEveryEventOnceInTimelineOrder() {
        List<String> ascending = walk("asc", 5);
        assertEquals(EVENTS, ascending.size());
        assertEquals(EVENTS, new LinkedHashSet<>(ascending).size(), "no duplicates");
        List<String> onePage = titles(given().queryParam("limit", 200)
                .get("/api/v1/actors/pagination-test-actor/timeline")
                .jsonPath());
        assertEquals(onePage, ascending, "paging does not change the order");

        List<String> descending = walk("desc", 7);
        List<String> reversed = new ArrayList<>(ascending);
        Collections.reverse(reversed);
        assertEquals(reversed, descending);
    }

    @Test
    void yearSortsBeforeMonthBeforeDayOnTheSameFirstDay() {
        JsonPath page = given().queryParam("limit", 200)
                .get("/api/v1/actors/pagination-test-actor/timeline")
                .jsonPath();
        List<String> edtf = page.getList("items.date.edtf");
        int lastYear = edtf.lastIndexOf("1999");
        int firstMonth = edtf.indexOf("1999-05");
        int lastMonth = edtf.lastIndexOf("1999-05");
        int firstDay = edtf.indexOf("1999-05-01");
        assertTrue(lastYear < firstMonth && lastMonth < firstDay, edtf.toString());
    }

    @Test
    void nextPageIsInTheBodyAndInTheLinkHeader() {
        Response first = given().queryParam("limit", 10).get("/api/v1/actors/pagination-test-actor/timeline");
        String next = first.jsonPath().getString("next");
        String nextLink = first.jsonPath().getString("nextLink");
        assertNotNull(next);
        assertEquals("<" + nextLink + ">; rel=\"next\"", first.header("Link"));
        assertTrue(nextLink.contains("cursor=" + next) && nextLink.contains("limit=10"), nextLink);
        Response last = given().queryParam("limit", 200).get("/api/v1/actors/pagination-test-actor/timeline");
        assertNull(last.jsonPath().getString("next"));
        assertNull(last.header("Link"));
    }

    private static List<String> walk(String order, int limit) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        Set<String> cursors = new LinkedHashSet<>();
        do {
            var request = given().queryParam("limit", limit).queryParam("order", order);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/actors/pagination-test-actor/timeline")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<String> titles = titles(page);
            assertTrue(titles.size() <= limit);
            seen.addAll(titles);
            cursor = page.getString("next");
            assertTrue(cursor == null || cursors.add(cursor), "cursors never repeat");
        } while (cursor != null);
        return seen;
    }

    private static List<String> titles(JsonPath page) {
        return page.getList("items.title");
    }
}
