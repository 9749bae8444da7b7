package dev.geotimeline.timeline;

import static dev.geotimeline.testing.Tokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code from} keeps every event whose date ends on or after it, whichever index drives the timeline: a
 * month or a year that began before it, a day on it; not a day before it. Across 1970, where sort keys turn
 * negative, on each engine's own arithmetic.
 */
@QuarkusTest
class DateRangeOverlapTest {

    /** A new actor with its six events, so that nothing else on its timeline can change the answers. */
    private static String events() {
        String actor = "overlap-" + UUID.randomUUID().toString().substring(0, 8);
        asEditor()
                .contentType(ContentType.JSON)
                .body("{\"name\":\"" + actor + "\",\"slug\":\"" + actor + "\",\"kind\":\"ORGANIZATION\"}")
                .post("/api/v1/actors")
                .then()
                .statusCode(201);
        for (String date : new String[] {"1968-12-31", "1969", "1969-06", "1969-12", "1969-12-31", "1970-01-01"}) {
            asEditor()
                    .contentType(ContentType.JSON)
                    .body("""
                            {"title":"Overlap %s","summary":"Filed under %s","type":"PROTEST","date":"%s",
                             "actors":[{"actor":"%s","role":"INITIATOR"}]}""".formatted(date, actor, date, actor))
                    .post("/api/v1/events")
                    .then()
                    .statusCode(201);
        }
        return actor;
    }

    @Test
    void anActorTimelineFromADayKeepsTheDatesThatReachIt() {
        String actor = events();
        titlesFrom("/api/v1/actors/" + actor + "/timeline?from=1969-12-31")
                .body(
                        "items.title",
                        contains("Overlap 1969", "Overlap 1969-12", "Overlap 1969-12-31", "Overlap 1970-01-01"));
        titlesFrom("/api/v1/actors/" + actor + "/timeline?from=1970-01-01")
                .body("items.title", contains("Overlap 1970-01-01"));
        titlesFrom("/api/v1/actors/" + actor + "/timeline?from=1969-06-30")
                .body(
                        "items.title",
                        contains(
                                "Overlap 1969",
                                "Overlap 1969-06",
                                "Overlap 1969-12",
                                "Overlap 1969-12-31",
                                "Overlap 1970-01-01"));
    }

    @Test
    void theSameThroughTheTypeIndexTheWordIndexAndTheHistogram() {
        String actor = events();
        titlesFrom("/api/v1/timeline?type=PROTEST&from=1969-12-31&to=1970-01-01&limit=100")
                .body(
                        "items.title",
                        hasItems("Overlap 1969", "Overlap 1969-12", "Overlap 1969-12-31", "Overlap 1970-01-01"))
                .body("items.title", not(hasItem("Overlap 1968-12-31")))
                .body("items.title", not(hasItem("Overlap 1969-06")));
        titlesFrom("/api/v1/timeline?q=" + actor + "&from=1969-12-31")
                .body(
                        "items.title",
                        contains("Overlap 1969", "Overlap 1969-12", "Overlap 1969-12-31", "Overlap 1970-01-01"));
        given().get("/api/v1/timeline/histogram?actor=" + actor + "&from=1969-12-31&interval=year")
                .then()
                .statusCode(200)
                .body("total", equalTo(4));
    }

    /**
     * Several types and no narrower filter: pages merged from each type's index, in timeline order, each event
     * once. Other tests may add events of these types and year, so only this test's own are compared.
     */
    @Test
    void severalTypesPageThroughTheMergedTimeline() {
        String year = "1903";
        String token = UUID.randomUUID().toString().substring(0, 8);
        List<String> expected = new ArrayList<>();
        String[] types = {"PROTEST", "ASSAULT", "PROTEST", "AID", "ASSAULT", "ASSAULT", "PROTEST"};
        for (int i = 0; i < types.length; i++) {
            String title = "Merged " + token + " " + i + " " + types[i];
            asEditor()
                    .contentType(ContentType.JSON)
                    .body("""
                            {"title":"%s","type":"%s","date":"%s-0%d-1%d",
                             "actors":[{"actor":"russia","role":"INITIATOR"}]}""".formatted(title, types[i], year, 1 + i, i))
                    .post("/api/v1/events")
                    .then()
                    .statusCode(201);
            if (!types[i].equals("AID")) {
                expected.add(title);
            }
        }
        String range = "type=ASSAULT,PROTEST&from=" + year + "&to=" + year + "&limit=2";
        assertEquals(expected, ownTitles(walk("/api/v1/timeline?" + range), token));
        List<String> descending = new ArrayList<>(expected);
        Collections.reverse(descending);
        assertEquals(descending, ownTitles(walk("/api/v1/timeline?" + range + "&order=desc"), token));
    }

    /** Every title of every page, following nextLink; an event listed twice fails. */
    private static List<String> walk(String first) {
        List<String> titles = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        String next = first;
        while (next != null) {
            JsonPath page = given().urlEncodingEnabled(false)
                    .get(next)
                    .then()
                    .log()
                    .ifValidationFails()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            titles.addAll(page.getList("items.title"));
            ids.addAll(page.getList("items.id"));
            next = page.getString("nextLink");
        }
        assertEquals(ids.size(), ids.stream().distinct().count(), "each event once: " + titles);
        return titles;
    }

    private static List<String> ownTitles(List<String> titles, String token) {
        return titles.stream().filter(title -> title.contains(token)).toList();
    }

    private static io.restassured.response.ValidatableResponse titlesFrom(String url) {
        return given().get(url).then().statusCode(200);
    }
}
