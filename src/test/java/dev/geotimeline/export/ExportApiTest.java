package dev.geotimeline.export;

import static dev.geotimeline.testing.Tokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.geotimeline.testing.DemoState;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every timeline and the event list download as CSV, GeoJSON, TimelineJS and NDJSON, with the page's filters. */
@QuarkusTest
class ExportApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> TIMELINES = List.of(
            "/api/v1/timeline?location=syria",
            "/api/v1/actors/vladimir-putin/timeline",
            "/api/v1/locations/syria/timeline",
            "/api/v1/events?from=2024-12");

    @Inject
    DemoState demo;

    @BeforeEach
    void onlyTheDemoData() {
        demo.restore();
    }

    @Test
    void everyFormatHoldsEveryEventOfThePageInTimelineOrder() throws Exception {
        for (String timeline : TIMELINES) {
            List<Long> ids = pageIds(timeline);
            assertFalse(ids.isEmpty(), timeline);

            List<List<String>> csv = csv(download(timeline, "csv", "text/csv"));
            assertEquals(CsvExport.COLUMNS, csv.get(0), timeline);
            assertEquals(
                    ids,
                    csv.subList(1, csv.size()).stream()
                            .map(row -> Long.valueOf(row.get(0)))
                            .toList());

            List<Long> ndjson = new ArrayList<>();
            for (String line :
                    download(timeline, "ndjson", "application/x-ndjson").split("\n")) {
                ndjson.add(JSON.readTree(line).get("id").asLong());
            }
            assertEquals(ids, ndjson, timeline);

            JsonNode timelineJs = JSON.readTree(download(timeline, "timelinejs", "application/json"));
            List<Long> timelineJsIds = new ArrayList<>();
            timelineJs
                    .get("events")
                    .forEach(e -> timelineJsIds.add(
                            Long.valueOf(e.get("unique_id").asText().substring("event-".length()))));
            assertEquals(ids, timelineJsIds, timeline);

            JsonNode geoJson = JSON.readTree(download(timeline, "geojson", "application/geo+json"));
            assertEquals("FeatureCollection", geoJson.get("type").asText());
            List<Long> featureEvents = new ArrayList<>();
            geoJson.get("features").forEach(f -> {
                long id = f.get("properties").get("eventId").asLong();
                if (!featureEvents.contains(id)) {
                    featureEvents.add(id);
                }
            });
            assertEquals(ids, featureEvents, timeline + ": every demo event has a place with coordinates");
        }
    }

    @Test
    void csvIsRfc4180WithTheFileNameAndAnOptionalByteOrderMark() {
        Response response = given().queryParam("format", "csv")
                .get("/api/v1/actors/putin/timeline")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"geotimeline-vladimir-putin.csv\"")
                .extract()
                .response();
        String body = response.asString();
        assertTrue(body.startsWith("id,date,precision,approximate,earliest,latest,type,title,"), body);
        assertEquals(4, body.split("\r\n", -1).length - 1, "a header and three rows, each ending in CRLF: " + body);
        assertTrue(
                body.contains(",Vladimir Putin (INITIATOR); Ahmad al-Sharaa (TARGET); Kremlin (PARTICIPANT),"),
                "actors with roles: " + body);
        assertEquals(-1, body.indexOf('\uFEFF'));

        byte[] withBom = given().queryParam("format", "csv")
                .queryParam("bom", "true")
                .get("/api/v1/actors/putin/timeline")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'i', 'd'}, Arrays.copyOf(withBom, 5));
    }

    @Test
    void csvQuotesSeparatorsAndDefusesFormulas() {
        createEvent(
                "=HYPERLINK(\\\"http://evil.example\\\")",
                "Talks, \\\"frank\\\" and long;\\nsecond line",
                "2025-03-04");
        List<List<String>> rows = csv(download("/api/v1/timeline?q=hyperlink", "csv", "text/csv"));
        assertEquals(2, rows.size(), rows.toString());
        List<String> row = rows.get(1);
        assertEquals("'=HYPERLINK(\"http://evil.example\")", row.get(CsvExport.COLUMNS.indexOf("title")));
        assertEquals("Talks, \"frank\" and long;\nsecond line", row.get(CsvExport.COLUMNS.indexOf("summary")));
        assertEquals("33.5138", row.get(CsvExport.COLUMNS.indexOf("latitude")));
        assertEquals("36.2765", row.get(CsvExport.COLUMNS.indexOf("longitude")));
    }

    @Test
    void geoJsonPutsLongitudeFirstAndDescribesTheEvent() throws Exception {
        JsonNode features = JSON.readTree(
                        download("/api/v1/locations/hmeimim/timeline", "geojson", "application/geo+json"))
                .get("features");
        assertTrue(features.size() > 0);
        for (JsonNode feature : features) {
            assertEquals("Point", feature.get("geometry").get("type").asText());
            JsonNode properties = feature.get("properties");
            if (properties.get("location").get("slug").asText().equals("hmeimim-air-base")) {
                assertEquals(
                        35.9486,
                        feature.get("geometry").get("coordinates").get(0).asDouble());
                assertEquals(
                        35.4011,
                        feature.get("geometry").get("coordinates").get(1).asDouble());
            }
            assertTrue(properties.has("date") && properties.has("precision") && properties.has("type"));
            assertTrue(properties.get("actors").isArray());
        }
    }

    @Test
    void timelineJsGivesMonthAndDayOnlyAsFarAsThePrecisionGoes() throws Exception {
        createEvent("Approximate month event for TimelineJS", "about December", "2024-12~");
        JsonNode events = JSON.readTree(download("/api/v1/locations/syria/timeline", "timelinejs", "application/json"))
                .get("events");
        boolean sawMonth = false;
        boolean sawDay = false;
        for (JsonNode event : events) {
            JsonNode start = event.get("start_date");
            String headline = event.get("text").get("headline").asText();
            if (headline.startsWith("Russia repositions its forces")) { // dated 2024-12
                assertEquals(2024, start.get("year").asInt());
                assertEquals(12, start.get("month").asInt());
                assertNull(start.get("day"));
                assertNull(event.get("display_date"));
                assertEquals("MOBILIZE", event.get("group").asText());
                sawMonth = true;
            }
            if (headline.startsWith("First Russian official delegation")) { // 2025-01-28
                assertEquals(28, start.get("day").asInt());
                sawDay = true;
            }
            if (headline.startsWith("Approximate month event")) {
                assertNull(start.get("day"));
                assertEquals("c. December 2024", event.get("display_date").asText());
            }
        }
        assertTrue(sawMonth && sawDay, events.toString());
    }

    @Test
    void theAcceptHeaderChoosesAnExportAndNeverGetsACachedPage() {
        String path = "/api/v1/actors/vladimir-putin/timeline";
        given().get(path).then().statusCode(200).contentType(ContentType.JSON).header("Vary", "Accept");
        given().get(path) // now served from the page cache
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .header("Vary", "Accept");
        given().accept("text/csv")
                .get(path)
                .then()
                .statusCode(200)
                .header("Vary", "Accept")
                .contentType(startsWith("text/csv"))
                .body(startsWith("id,date,"));
        given().accept("application/x-ndjson")
                .get(path)
                .then()
                .statusCode(200)
                .contentType(startsWith("application/x-ndjson"));
        given().accept("application/geo+json")
                .get(path)
                .then()
                .statusCode(200)
                .contentType(startsWith("application/geo+json"))
                .body("type", equalTo("FeatureCollection"));
        given().accept("application/json").get(path).then().statusCode(200).body("items.size()", equalTo(3));
        given().queryParam("format", "json").get(path).then().statusCode(200).body("items.size()", equalTo(3));
    }

    @Test
    void anExportIsTheWholeTimelineWhateverTheLimit() {
        String csv = download("/api/v1/actors/vladimir-putin/timeline?limit=1", "csv", "text/csv");
        assertEquals(4, csv(csv).size());
    }

    @Test
    void badFormatsAndCursorsAreProblemsNamingTheField() {
        given().queryParam("format", "xml")
                .get("/api/v1/timeline")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("format"));
        String cursor = given().queryParam("limit", 1)
                .get("/api/v1/actors/putin/timeline")
                .then()
                .statusCode(200)
                .extract()
                .path("next");
        given().queryParam("format", "csv")
                .queryParam("cursor", cursor)
                .get("/api/v1/actors/putin/timeline")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("cursor"));
        given().queryParam("format", "csv")
                .queryParam("bom", "yes")
                .get("/api/v1/events")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("bom"));
        given().queryParam("format", "geojson")
                .get("/api/v1/actors/nobody-by-this-name/timeline")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("format", "csv")
                .queryParam("from", "2025-02-30")
                .get("/api/v1/timeline")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }

    private static List<Long> pageIds(String timeline) {
        List<Number> ids = given().queryParam("limit", 200)
                .get(timeline)
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        return ids.stream().map(Number::longValue).toList();
    }

    private static String download(String timeline, String format, String mediaType) {
        return new String(
                given().queryParam("format", format)
                        .get(timeline)
                        .then()
                        .statusCode(200)
                        .contentType(startsWith(mediaType))
                        .header("Content-Disposition", startsWith("attachment; filename=\"geotimeline-"))
                        .extract()
                        .asByteArray(),
                StandardCharsets.UTF_8);
    }

    private static void createEvent(String title, String summary, String date) {
        asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"title":"%s","summary":"%s","type":"CONSULT","date":"%s",
                         "actors":[{"actor":"putin","role":"INITIATOR"}],"locations":["damascus"]}""".formatted(title, summary, date))
                .post("/api/v1/events")
                .then()
                .statusCode(201);
    }

    /** A strict RFC 4180 reader: CRLF between records, quoted cells with doubled quotes. */
    static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' && cell.isEmpty()) {
                i++;
                while (true) {
                    char q = text.charAt(i++);
                    if (q == '"' && i < text.length() && text.charAt(i) == '"') {
                        cell.append('"');
                        i++;
                    } else if (q == '"') {
                        break;
                    } else {
                        cell.append(q);
                    }
                }
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
                i++;
            } else if (c == '\r') {
                assertEquals('\n', text.charAt(i + 1), "a record ends in CRLF");
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i += 2;
            } else {
                assertTrue(c != '\n' && c != '"', "a bare LF or quote outside a quoted cell at " + i);
                cell.append(c);
                i++;
            }
        }
        assertTrue(row.isEmpty() && cell.isEmpty(), "the last record ends in CRLF");
        return rows;
    }
}
