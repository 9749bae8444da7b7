package dev.geotimeline.extraction;

import static dev.geotimeline.testing.Tokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExtractionAcceptTest {

    /** The first three candidates of the seed story with a date of their own, sent back unedited. */
    private static Map<String, Object> acceptBody(String url, String word) throws Exception {
        JsonPath json = ExtractionApiTest.extract(
                Map.of("text", ExtractionApiTest.seedStory(), "publishedOn", "2025-02-13", "url", url));
        List<Map<String, Object>> candidates = new ArrayList<>();
        for (int i = 0; candidates.size() < 3; i++) {
            String at = "candidates[" + i + "].";
            if (json.getBoolean(at + "date.fromReport")) {
                continue;
            }
            Map<String, Object> candidate = new HashMap<>();
            candidate.put("title", word + " " + json.getString(at + "title"));
            candidate.put("type", json.getString(at + "type.type"));
            candidate.put("when", json.getString(at + "date.expression.text"));
            candidate.put("tense", json.getString(at + "date.tense"));
            candidate.put("quote", json.getString(at + "evidence.text"));
            candidate.put("start", json.getInt(at + "evidence.start"));
            candidate.put("end", json.getInt(at + "evidence.end"));
            List<Map<String, String>> actors = new ArrayList<>();
            for (Map<String, Object> actor : json.<Map<String, Object>>getList(at + "actors")) {
                actors.add(Map.of("actor", (String) actor.get("actor"), "role", (String) actor.get("role")));
            }
            candidate.put("actors", actors);
            candidate.put("places", json.getList(at + "places.place"));
            candidates.add(candidate);
        }
        return Map.of("url", url, "publisher", "Example News", "publishedOn", "2025-02-13", "candidates", candidates);
    }

    @Test
    void acceptingCreatesTheEventsOnceWithTheReportAsSource() throws Exception {
        String word = "accepted" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String url = "https://example.org/seed/" + UUID.randomUUID();
        Map<String, Object> body = acceptBody(url, word);
        JsonPath first = accept(body)
                .statusCode(200)
                .body("created", equalTo(3))
                .body("externalKeys", hasSize(3))
                .extract()
                .jsonPath();
        assertEquals("extraction", first.getString("externalKeys[0].source"));
        accept(body).statusCode(200).body("created", equalTo(0)).body("unchanged", equalTo(3));
        JsonPath events = given().queryParam("q", word)
                .queryParam("limit", "10")
                .when()
                .get("/api/v1/events")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(3, events.getList("items").size(), events.prettify());
        Map<String, String> dates = new HashMap<>();
        for (Map<String, Object> event : events.<Map<String, Object>>getList("items")) {
            dates.put(((String) event.get("title")).substring(word.length() + 1, word.length() + 11), (String)
                    ((Map<?, ?>) event.get("date")).get("edtf"));
        }
        assertEquals("2025-02-12", dates.get("Moscow – O"), dates.toString());
        assertEquals("2025-01", dates.get("The call c"), dates.toString());
        assertEquals("2024-12", dates.get("since Assa"), dates.toString());
        Map<String, Object> call = events.<Map<String, Object>>getList("items").stream()
                .filter(event -> ((String) event.get("title")).contains("Moscow"))
                .findFirst()
                .orElseThrow();
        Map<?, ?> source = (Map<?, ?>) ((List<?>) call.get("sources")).get(0);
        assertEquals(url, source.get("url"));
        assertEquals("2025-02-13", source.get("publishedOn"));
        assertEquals("Wednesday", ((Map<?, ?>) call.get("date")).get("expression"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCandidateNamingAnUnknownActorRejectsTheWholeBatch() throws Exception {
        Map<String, Object> body = new HashMap<>(acceptBody("https://example.org/seed/" + UUID.randomUUID(), "bad"));
        List<Map<String, Object>> candidates = new ArrayList<>();
        for (Object each : (List<?>) body.get("candidates")) {
            Map<String, Object> candidate = new HashMap<>((Map<String, Object>) each);
            candidate.put("actors", List.of(Map.of("actor", "nobody-known-" + UUID.randomUUID(), "role", "INITIATOR")));
            candidates.add(candidate);
        }
        body.put("candidates", candidates);
        accept(body).statusCode(400).contentType("application/problem+json");
        body.put("url", "not a url");
        accept(body).statusCode(400).contentType("application/problem+json");
    }

    private static ValidatableResponse accept(Map<String, Object> body) {
        return asEditor()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(ExtractionApiTest.ACCEPT)
                .then();
    }

    @Test
    void acceptingNeedsAnEditorToken() throws Exception {
        given().contentType(ContentType.JSON)
                .body(acceptBody("https://example.org/seed/anonymous", "anonymous"))
                .when()
                .post(ExtractionApiTest.ACCEPT)
                .then()
                .statusCode(401);
    }
}
