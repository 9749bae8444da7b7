package dev.geotimeline.importing;

import static dev.geotimeline.testing.Tokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Events written by the bulk import are stored like events created one by one. */
@QuarkusTest
class ImportStorageTest {

    @Inject
    EntityManager em;

    private static final String EVENT = """
            {"title":"Zephyrquill delegation lands at the air base","summary":"Talks on marmalade deliveries.",
             "type":"CONSULT","date":"2025-01-28",
             "actors":[{"actor":"vladimir-putin","role":"INITIATOR"},{"actor":"Ahmad al-Sharaa","role":"TARGET"}],
             "locations":["hmeimim-air-base","Damascus"],
             "sources":[{"url":"https://example.org/zephyrquill","publisher":"Example Wire",
                         "publishedOn":"2025-01-29","quote":"a first visit"},
                        {"url":"https://example.org/zephyrquill-2"}],
             "tags":["delegation","air-base"]%s}""";

    @Test
    void importedEventsReadBackLikeEventsCreatedOneByOne() {
        Map<String, Object> created = asEditor()
                .contentType(ContentType.JSON)
                .body(EVENT.formatted(""))
                .post("/api/v1/events")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getMap("");
        asEditor()
                .contentType(ContentType.JSON)
                .body("[" + EVENT.formatted(",\"externalKey\":{\"source\":\"storage-test\",\"id\":\"z1\"}") + "]")
                .post("/api/v1/events/import")
                .then()
                .statusCode(200);

        int importedId = given().queryParam("q", "zephyrquill")
                .get("/api/v1/timeline")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .extract()
                .jsonPath()
                .getInt("items.find { it.externalKey != null }.id");
        Map<String, Object> imported = given().get("/api/v1/events/" + importedId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");

        assertNotNull(imported.get("createdAt"));
        assertEquals(imported.get("createdAt"), imported.get("updatedAt"));
        assertEquals(withoutIdentity(created), withoutIdentity(imported));
        for (String path : List.of(
                "/api/v1/timeline?q=marmalade",
                "/api/v1/timeline?location=syria&q=zephyrquill",
                "/api/v1/locations/latakia/timeline?q=zephyrquill",
                "/api/v1/locations/damascus/timeline?q=zephyrquill",
                "/api/v1/actors/ahmad-al-sharaa/timeline?q=zephyrquill",
                "/api/v1/timeline?actor=vladimir-putin&actor=ahmad-al-sharaa&q=delegation")) {
            given().get(path).then().statusCode(200).body("items.id", hasItem(importedId));
        }
    }

    @Test
    void importedAndSingleCreatedEventsNeverShareAnId() {
        List<Integer> singles = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            // 60 rows: more than one id block (50) per import, so blocks alternate between both paths.
            int r = round;
            String batch = IntStream.range(0, 60)
                    .mapToObj(i -> """
                    {"title":"Quorvex import %d row %d","type":"CONSULT","date":"2001",
                     "actors":[{"actor":"russia","role":"INITIATOR"}],
                     "externalKey":{"source":"id-test","id":"%d-%d"}}""".formatted(r, i, r, i))
                    .collect(Collectors.joining(",", "[", "]"));
            asEditor()
                    .contentType(ContentType.JSON)
                    .body(batch)
                    .post("/api/v1/events/import")
                    .then()
                    .statusCode(200);
            singles.add(asEditor()
                    .contentType(ContentType.JSON)
                    .body("""
                            {"title":"Quorvex single %d","type":"CONSULT","date":"2001",
                             "actors":[{"actor":"russia","role":"INITIATOR"}]}""".formatted(round))
                    .post("/api/v1/events")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id"));
        }

        List<Map<String, Object>> stored = given().queryParam("q", "quorvex")
                .queryParam("limit", 200)
                .get("/api/v1/timeline")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        assertEquals(3 * 61, stored.size());
        Set<Object> ids = new HashSet<>();
        for (Map<String, Object> event : stored) {
            ids.add(event.get("id"));
            given().get("/api/v1/events/" + event.get("id"))
                    .then()
                    .statusCode(200)
                    .body("title", equalTo(event.get("title")));
        }
        assertEquals(3 * 61, ids.size());
        assertTrue(ids.containsAll(singles));
    }

    @Test
    void aBadRowInALaterChunkLeavesNothingOfEarlierChunksStored() {
        String batch = IntStream.rangeClosed(1, 1200)
                .mapToObj(line -> """
                {"title":"Vorbling row %d","type":"CONSULT","date":"2002",
                 "actors":[{"actor":"%s","role":"INITIATOR"}],"locations":["latakia"],"tags":["t"]}""".formatted(line, line == 1150 ? "nobody-by-this-name" : "russia"))
                .collect(Collectors.joining(",", "[", "]"));
        asEditor()
                .contentType(ContentType.JSON)
                .body(batch)
                .post("/api/v1/events/import")
                .then()
                .statusCode(400)
                .body("errors.line", contains(1150));
        given().queryParam("q", "vorbling")
                .get("/api/v1/timeline")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
    }

    private static Map<String, Object> withoutIdentity(Map<String, Object> event) {
        Map<String, Object> content = new HashMap<>(event);
        List.of("id", "externalKey", "createdAt", "updatedAt").forEach(content::remove);
        return content;
    }

    /** PostgreSQL loads imports with COPY's text format, where backslashes and line breaks are syntax. */
    @Test
    void textWithBackslashesTabsAndLineBreaksIsStoredExactly() {
        String title = "Quillback\\N talks: C:\\temp \\t and \"quotes\"";
        String summary = "First line\nsecond line\r\nthird\tcolumn, a back\\slash, \\N, \u00fcn\u00efcode \uD83D\uDE80";
        String url = "https://example.org/quillback?a=1\\b";
        String quote = "said:\t\"no\"\\.";
        Map<String, Object> event = Map.of(
                "title",
                title,
                "summary",
                summary,
                "type",
                "CONSULT",
                "date",
                "2025-01-28",
                "actors",
                List.of(Map.of("actor", "vladimir-putin", "role", "INITIATOR")),
                "sources",
                List.of(Map.of("url", url, "quote", quote)),
                "externalKey",
                Map.of("source", "storage-test", "id", "quillback"));
        asEditor()
                .contentType(ContentType.JSON)
                .body(List.of(event))
                .post("/api/v1/events/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(1));

        Map<String, Object> stored = given().queryParam("q", "quillback")
                .get("/api/v1/timeline")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .extract()
                .jsonPath()
                .getMap("items[0]");
        assertEquals(title, stored.get("title"));
        assertEquals(summary, stored.get("summary"));
        given().get("/api/v1/events/" + stored.get("id"))
                .then()
                .statusCode(200)
                .body("sources[0].url", equalTo(url))
                .body("sources[0].quote", equalTo(quote))
                .body("sources[0].publisher", equalTo(null))
                .body("dateExpression", equalTo(null));
    }

    /**
     * The word index and place-containment rows have no foreign key to their event, nor, on PostgreSQL,
     * its actor, place, source and tag rows: they must all go with their event.
     */
    @Test
    void aDeletedEventLeavesNoDerivedRows() {
        int id = asEditor()
                .contentType(ContentType.JSON)
                .body(EVENT.formatted(""))
                .post("/api/v1/events")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertEquals(LINK_TABLES.size(), tablesWithRowsOf(id), "the event has rows in every link table");

        asEditor().delete("/api/v1/events/" + id).then().statusCode(204);

        assertEquals(0, tablesWithRowsOf(id));
    }

    private static final List<String> LINK_TABLES = List.of(
            "event_actor",
            "event_actor_pair",
            "event_location",
            "event_location_scope",
            "event_source",
            "event_tag",
            "event_term");

    private long tablesWithRowsOf(long eventId) {
        return LINK_TABLES.stream()
                .filter(table ->
                        ((Number) em.createNativeQuery("select count(*) from " + table + " where event_id = :id")
                                                .setParameter("id", eventId)
                                                .getSingleResult())
                                        .longValue()
                                > 0)
                .count();
    }
}
