package dev.geotimeline.extraction;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExtractionApiTest {

    static final String EXTRACT = "/api/v1/extractions";
    static final String ACCEPT = "/api/v1/extractions/accept";
    static final String SEED_URL = "https://example.org/seed";

    static String seedStory() throws Exception {
        Path shared = Path.of("src", "test", "resources", "extraction", "seed-article.txt");
        return Files.readString(shared);
    }

    @Test
    void seedStoryYieldsTheCallTheDelegationAndTheOuster() throws Exception {
        JsonPath json = extract(Map.of("text", seedStory(), "publishedOn", "2025-02-13", "url", SEED_URL));
        List<String> dates = json.getList("candidates.date.edtf");
        List<String> expressions = json.getList("candidates.date.expression.text");
        assertEquals("2025-02-12", dates.get(0));
        assertEquals("Wednesday", expressions.get(0));
        assertTrue(dates.contains("2025-01"), "the delegation last month: " + dates);
        assertTrue(dates.contains("2024-12"), "Assad's ouster in December: " + dates);
        assertEquals(List.of("vladimir-putin", "ahmad-al-sharaa", "syria"), json.getList("candidates[0].actors.actor"));
        assertEquals("INITIATOR", json.getString("candidates[0].actors[0].role"));
        assertEquals("TARGET", json.getString("candidates[0].actors[1].role"));
        assertEquals("CONSULT", json.getString("candidates[0].type.type"));
        assertEquals("held a conversation", json.getString("candidates[0].type.cue.text"));
        assertEquals("high", json.getString("candidates[0].confidence.level"));
        int start = json.getInt("candidates[0].evidence.start");
        int end = json.getInt("candidates[0].evidence.end");
        assertEquals(json.getString("candidates[0].evidence.text"), seedStory().substring(start, end));
        int putin = json.getInt("candidates[0].actors[0].mention.start");
        assertEquals("Vladimir Putin", seedStory().substring(putin, putin + "Vladimir Putin".length()));
        assertTrue(json.getString("candidates[0].externalKey.id").endsWith(":" + start + "-" + end));
    }

    @Test
    void aSentenceWithoutADateTakesTheReportsDayOnlyInThePastAndSaysSo() {
        JsonPath json = extract(
                "Russia has repositioned its forces in Syria. Vladimir Putin will visit Damascus.", "2025-02-13");
        assertEquals(1, json.getList("candidates").size());
        assertEquals("2025-02-13", json.getString("candidates[0].date.edtf"));
        assertTrue(json.getBoolean("candidates[0].date.fromReport"));
        assertTrue(json.getString("candidates[0].confidence.reasons[0]").contains("present perfect"));
    }

    @Test
    void forwardLookingSentencesPointForwards() {
        JsonPath json = extract("Vladimir Putin will meet Ahmad al-Sharaa on Friday.", "2025-02-13");
        assertEquals("2025-02-14", json.getString("candidates[0].date.edtf"));
        assertEquals("future", json.getString("candidates[0].date.tense"));
        json = extract("Vladimir Putin met Ahmad al-Sharaa on Friday.", "2025-02-13");
        assertEquals("2025-02-07", json.getString("candidates[0].date.edtf"));
    }

    @Test
    void unknownCapitalisedNamesAreListedWithTheirContext() {
        JsonPath json =
                extract("Vladimir Putin held talks with Recep Tayyip Erdogan in Ankara on Monday.", "2025-02-13");
        List<String> names = json.getList("candidates[0].possibleNewNames.mention.text");
        assertTrue(names.contains("Recep Tayyip Erdogan"), names.toString());
        assertTrue(names.contains("Ankara"), names.toString());
    }

    @Test
    void aThousandWordReportIsTimed() throws Exception {
        String story = seedStory();
        StringBuilder report = new StringBuilder();
        while (report.toString().split("\\s+").length < 1000) {
            report.append(story).append("\n\n");
        }
        for (int i = 0; i < 30; i++) { // warm-up, as the bench does
            extract(report.toString(), "2025-02-13");
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long started = System.nanoTime();
            extract(report.toString(), "2025-02-13");
            best = Math.min(best, System.nanoTime() - started);
        }
        System.out.printf(
                "Extraction of a %d-word report over HTTP, after 30 warm-up runs: best of 5 %.1f ms%n",
                report.toString().split("\\s+").length, best / 1e6);
        assertTrue(report.length() <= Extractor.MAX_TEXT_LENGTH, "the report fits the limit");
    }

    static JsonPath extract(String text, String publishedOn) {
        return extract(Map.of("text", text, "publishedOn", publishedOn));
    }

    static JsonPath extract(Map<String, String> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(EXTRACT)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
