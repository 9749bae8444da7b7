package dev.geotimeline.timeline;

import static dev.geotimeline.testing.Tokens.asEditor;
import static io.restassured.RestAssured.given;
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
 * Events of two actors together: the actor with fewer events drives the walk, whichever is named first, and
 * the answer, page by page and in both orders, is the same.
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

    private static List<String> walk(String first, String second, String order) {
        List<String> titles = new ArrayList<>();
        String next = "/api/v1/timeline?actor=" + first + "&actor=" + second + "&order=" + order + "&limit=2";
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
