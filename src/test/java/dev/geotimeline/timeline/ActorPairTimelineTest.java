package dev.geotimeline.timeline;

import static dev.geotimeline.testing.Tokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
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
 * Events of two or more actors together: the pair index answers whichever actor is named first, page by page
 * and in both orders, and follows its events through imports, edits and deletion.
 */
@QuarkusTest
class ActorPairTimelineTest {

    @Test
    void eitherOrderPagesThroughTheSameSharedEvents() {
        String busy = actor("Busy");
        String rare = actor("Rare");
        List<String> shared = new ArrayList<>();
        for (int day = 1; day <= 28; day++) {
            boolean together = day % 9 == 0;
            String title = "Pair day " + day;
            event(title, "1911-02-%02d".formatted(day), together ? List.of(busy, rare) : List.of(busy));
            if (together) {
                shared.add(title);
            }
        }
        event("Rare alone", "1911-02-10", List.of(rare));

        assertEquals(shared, walk(busy, rare, "asc"));
        assertEquals(shared, walk(rare, busy, "asc"));
        List<String> descending = new ArrayList<>(shared);
        Collections.reverse(descending);
        assertEquals(descending, walk(busy, rare, "desc"));
    }

    @Test
    void pairsFollowTheirEventsThroughImportEditAndDelete() {
        String first = actor("First");
        String second = actor("Second");
        String third = actor("Third");
        asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        [{"title":"Trio early","type":"CONSULT","date":"1912-03-01","actors":[%1$s,%2$s,%3$s]},
                         {"title":"Trio late","type":"CONSULT","date":"1912-03-20","actors":[%3$s,%1$s,%2$s]},
                         {"title":"Duo","type":"CONSULT","date":"1912-03-10","actors":[%2$s,%3$s]}]""".formatted(participant(first), participant(second), participant(third)))
                .post("/api/v1/events/import")
                .then()
                .statusCode(200);
        assertEquals(List.of("Trio early", "Trio late"), walk(first, second, "asc"));
        assertEquals(List.of("Trio early", "Duo", "Trio late"), walk(third, second, "asc"));
        assertEquals(List.of("Trio early", "Trio late"), walk(List.of(third, second, first), "asc"));
        histogramTotal(List.of(second, third), 3);

        int late = id("Trio late", first);
        patch(late, "{\"date\":\"1912-02-01\"}");
        assertEquals(List.of("Trio late", "Trio early"), walk(second, first, "asc"));
        patch(late, "{\"actors\":[" + participant(first) + "," + participant(third) + "]}");
        assertEquals(List.of("Trio early"), walk(first, second, "asc"));
        assertEquals(List.of("Trio late", "Trio early"), walk(first, third, "asc"));
        histogramTotal(List.of(second, third), 2);

        asEditor().delete("/api/v1/events/" + late).then().statusCode(204);
        assertEquals(List.of("Trio early"), walk(third, first, "desc"));
        histogramTotal(List.of(first, third), 1);
    }

    private static String participant(String actor) {
        return "{\"actor\":\"" + actor + "\",\"role\":\"PARTICIPANT\"}";
    }

    private static int id(String title, String actor) {
        List<Integer> ids = given().get("/api/v1/actors/" + actor + "/timeline?q=" + title.replace(' ', '+'))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");
        assertEquals(1, ids.size(), title);
        return ids.get(0);
    }

    private static void patch(int id, String body) {
        asEditor()
                .contentType("application/merge-patch+json")
                .body(body)
                .patch("/api/v1/events/" + id)
                .then()
                .statusCode(200);
    }

    private static void histogramTotal(List<String> actors, int total) {
        given().queryParam("actor", actors)
                .queryParam("interval", "year")
                .get("/api/v1/timeline/histogram")
                .then()
                .statusCode(200)
                .body("total", equalTo(total));
    }

    private static List<String> walk(String first, String second, String order) {
        return walk(List.of(first, second), order);
    }

    private static List<String> walk(List<String> actors, String order) {
        String query =
                String.join("&", actors.stream().map(actor -> "actor=" + actor).toList());
        return walkFrom("/api/v1/timeline?" + query + "&order=" + order + "&limit=2");
    }

    private static List<String> walkFrom(String firstPage) {
        List<String> titles = new ArrayList<>();
        String next = firstPage;
        while (next != null) {
            JsonPath page = given().urlEncodingEnabled(false)
                    .get(next)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            titles.addAll(page.getList("items.title"));
            next = page.getString("nextLink");
        }
        return titles;
    }

    private static String actor(String name) {
        String slug = name.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        asEditor()
                .contentType(ContentType.JSON)
                .body("{\"name\":\"" + slug + "\",\"slug\":\"" + slug + "\",\"kind\":\"ORGANIZATION\"}")
                .post("/api/v1/actors")
                .then()
                .statusCode(201);
        return slug;
    }

    private static void event(String title, String date, List<String> actors) {
        String participants = actors.stream()
                .map(actor -> "{\"actor\":\"" + actor + "\",\"role\":\"PARTICIPANT\"}")
                .reduce((a, b) -> a + "," + b)
                .orElseThrow();
        asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"title":"%s","type":"CONSULT","date":"%s","actors":[%s]}""".formatted(title, date, participants))
                .post("/api/v1/events")
                .then()
                .statusCode(201);
    }
}
