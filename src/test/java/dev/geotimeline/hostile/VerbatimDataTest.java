package dev.geotimeline.hostile;

import static dev.geotimeline.hostile.HostileChecks.JSON;
import static dev.geotimeline.hostile.HostileChecks.enc;
import static dev.geotimeline.testing.Tokens.asEditor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * SQL-looking, HTML/JS-looking and non-Latin text is data: stored and returned byte for byte, searched and
 * looked up as words, and the service keeps working afterwards.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VerbatimDataTest {

    static final String SQL1 = "Robert'); DROP TABLE event;--";
    static final String SQL2 = "%' OR '1'='1";
    static final String XSS1 = "<script>alert(1)</script>";
    static final String XSS2 = "<img src=x onerror=alert(1)>";
    static final String ARABIC = "أحمد الشرع";
    static final String EMOJI = "🇸🇾 Verbatim emoji 🔥✅ 👨‍👩‍👧";
    static final String MIXED = "Ünïcödé \"quotes\" \\ back\\slash\ttab\u00a0nbsp ‘curly’ ﷽ \u200f rtl-mark";
    static final List<String> ALL = List.of(SQL1, SQL2, XSS1, XSS2, ARABIC, EMOJI, MIXED);

    private static final AtomicInteger REQUESTS = new AtomicInteger();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static long sqlActorId;
    private static long xssActorId;
    private static long placeId;
    private static long eventId;
    private static int putinEventsBefore;

    static Response post(String path, JsonNode body) {
        REQUESTS.incrementAndGet();
        return asEditor()
                .contentType("application/json; charset=UTF-8")
                .body(body.toString().getBytes(StandardCharsets.UTF_8))
                .post(path);
    }

    static Response get(String path) {
        REQUESTS.incrementAndGet();
        return asEditor().urlEncodingEnabled(false).accept("application/json").get(path);
    }

    /** Parses the raw UTF-8 bytes (not REST Assured's charset guess) and checks the JSON media type. */
    static JsonNode json(Response response, int status, String what) {
        assertEquals(status, response.statusCode(), what + " -> " + response.asString());
        String type = response.contentType();
        assertTrue(type != null && type.startsWith("application/json"), what + ": content type " + type);
        try {
            return JSON.readTree(response.asByteArray());
        } catch (Exception e) {
            throw new AssertionError(what + ": not JSON", e);
        }
    }

    static void same(String expected, JsonNode actual, String what) {
        assertTrue(actual != null && actual.isTextual(), what + ": missing, got " + actual);
        assertEquals(expected, actual.asText(), what + " not returned verbatim");
        assertTrue(
                java.util.Arrays.equals(
                        expected.getBytes(StandardCharsets.UTF_8),
                        actual.asText().getBytes(StandardCharsets.UTF_8)),
                what + " bytes differ");
    }

    static List<String> texts(JsonNode array) {
        List<String> all = new ArrayList<>();
        array.forEach(n -> all.add(n.asText()));
        return all;
    }

    @Test
    @Order(1)
    void createAndReadBack() {
        putinEventsBefore = json(get("/api/v1/actors/vladimir-putin/timeline?limit=200"), 200, "putin timeline")
                .get("items")
                .size();

        ObjectNode sqlActor = F.objectNode()
                .put("name", SQL1)
                .put("slug", "verbatim-sql-actor")
                .put("kind", "PERSON");
        sqlActor.putArray("aliases").add(SQL2).add(XSS2).add(EMOJI);
        JsonNode created = json(post("/api/v1/actors", sqlActor), 201, "POST actor " + sqlActor);
        sqlActorId = created.get("id").asLong();
        same(SQL1, created.get("name"), "actor name");
        assertEquals(List.of(SQL2, XSS2, EMOJI), texts(created.get("aliases")), "actor aliases");

        ObjectNode xssActor = F.objectNode()
                .put("name", XSS1)
                .put("slug", "verbatim-xss-actor")
                .put("kind", "ORGANIZATION");
        xssActor.putArray("aliases").add(ARABIC).add(MIXED);
        created = json(post("/api/v1/actors", xssActor), 201, "POST actor " + xssActor);
        xssActorId = created.get("id").asLong();
        same(XSS1, created.get("name"), "actor name");
        assertEquals(List.of(ARABIC, MIXED), texts(created.get("aliases")), "actor aliases");

        ObjectNode place = F.objectNode()
                .put("name", XSS2 + " " + SQL2)
                .put("slug", "verbatim-place")
                .put("kind", "SITE")
                .put("parent", "syria");
        place.putArray("aliases").add(ARABIC).add(SQL1).add(EMOJI);
        created = json(post("/api/v1/locations", place), 201, "POST location " + place);
        placeId = created.get("id").asLong();
        same(XSS2 + " " + SQL2, created.get("name"), "location name");
        assertEquals(List.of(ARABIC, SQL1, EMOJI), texts(created.get("aliases")), "location aliases");

        ObjectNode event = F.objectNode()
                .put("title", SQL1 + " " + XSS1 + " verbatimword")
                .put("summary", String.join(" | ", ALL))
                .put("type", "PROTEST")
                .put("date", "1903-03-03");
        ArrayNode actors = event.putArray("actors");
        actors.addObject().put("actor", SQL2).put("role", "INITIATOR"); // by alias
        actors.addObject().put("actor", XSS1).put("role", "TARGET"); // by name
        event.putArray("locations").add(ARABIC); // by alias
        event.putArray("sources")
                .addObject()
                .put("url", "https://example.org/a?b=<c>&d='e'")
                .put("publisher", ARABIC + " " + EMOJI)
                .put("quote", XSS2 + " " + SQL2 + " " + MIXED);
        created = json(post("/api/v1/events", event), 201, "POST event " + event);
        eventId = created.get("id").asLong();
        checkEvent(created, "POST answer");
        checkEvent(json(get("/api/v1/events/" + eventId), 200, "GET event"), "GET /events/{id}");

        JsonNode actor = json(get("/api/v1/actors/" + sqlActorId), 200, "GET actor by id");
        same(SQL1, actor.get("name"), "GET actor name");
        assertEquals(List.of(SQL2, XSS2, EMOJI), texts(actor.get("aliases")));
        JsonNode location = json(get("/api/v1/locations/" + placeId), 200, "GET location");
        same(XSS2 + " " + SQL2, location.get("name"), "GET location name");
        assertEquals(List.of(ARABIC, SQL1, EMOJI), texts(location.get("aliases")));
    }

    static void checkEvent(JsonNode e, String where) {
        same(SQL1 + " " + XSS1 + " verbatimword", e.get("title"), where + " title");
        same(String.join(" | ", ALL), e.get("summary"), where + " summary");
        same("https://example.org/a?b=<c>&d='e'", e.get("sources").get(0).get("url"), where + " url");
        same(ARABIC + " " + EMOJI, e.get("sources").get(0).get("publisher"), where + " publisher");
        same(XSS2 + " " + SQL2 + " " + MIXED, e.get("sources").get(0).get("quote"), where + " quote");
        List<String> actorNames = new ArrayList<>();
        e.get("actors").forEach(a -> actorNames.add(a.get("name").asText()));
        assertTrue(actorNames.contains(SQL1) && actorNames.contains(XSS1), where + " actors " + actorNames);
        same(XSS2 + " " + SQL2, e.get("locations").get(0).get("name"), where + " location name");
    }

    @Test
    @Order(2)
    void timelinesReturnTheTextVerbatim() {
        for (String path : List.of(
                "/api/v1/actors/" + sqlActorId + "/timeline",
                "/api/v1/actors/verbatim-xss-actor/timeline",
                "/api/v1/locations/verbatim-place/timeline",
                "/api/v1/timeline?q=verbatimword",
                "/api/v1/timeline?actor=" + sqlActorId + "&actor=" + xssActorId)) {
            JsonNode page = json(get(path), 200, "GET " + path);
            assertEquals(1, page.get("items").size(), path + " -> " + page);
            checkEvent(page.get("items").get(0), path);
        }
        // Syria includes the new place
        JsonNode syria = json(get("/api/v1/locations/syria/timeline?q=verbatimword"), 200, "syria timeline");
        assertEquals(1, syria.get("items").size(), "syria timeline q=verbatimword: " + syria);
    }

    @Test
    @Order(3)
    void lookupsByHostileNamesAndAliasesAreData() {
        // by name or alias through the path (percent-encoded)
        for (String name : List.of(SQL1, SQL2, XSS2, EMOJI)) {
            JsonNode a = json(get("/api/v1/actors/" + enc(name)), 200, "GET /actors/{" + name + "}");
            assertEquals(sqlActorId, a.get("id").asLong(), "alias lookup " + name);
        }
        JsonNode a = json(get("/api/v1/actors/" + enc(ARABIC)), 200, "GET /actors/{arabic}");
        assertEquals(xssActorId, a.get("id").asLong(), "arabic alias lookup");
        JsonNode l = json(get("/api/v1/locations/" + enc(SQL1)), 200, "GET /locations/{sql}");
        assertEquals(placeId, l.get("id").asLong());
        // as query values
        JsonNode page =
                json(get("/api/v1/timeline?actor=" + enc(SQL2) + "&location=" + enc(ARABIC)), 200, "actor=sql2");
        assertEquals(1, page.get("items").size(), "timeline actor=" + SQL2 + ": " + page);
        page = json(get("/api/v1/actors/" + enc(SQL2) + "/timeline?with=" + enc(ARABIC)), 200, "with=arabic");
        assertEquals(1, page.get("items").size(), "timeline with=" + ARABIC + ": " + page);
        // name-prefix search finds the actor and treats SQL characters as text
        JsonNode list = json(get("/api/v1/actors?q=" + enc("Robert')")), 200, "actors?q=Robert')");
        assertEquals(List.of(SQL1), names(list), "actors?q=Robert') -> " + list);
        list = json(get("/api/v1/locations?q=" + enc(ARABIC)), 200, "locations?q=arabic");
        assertEquals(List.of(XSS2 + " " + SQL2), names(list), "locations?q=arabic -> " + list);
    }

    /** A LIKE wildcard in q must not turn into "everything". */
    @Test
    @Order(4)
    void wildcardsInSearchAreNotWildcards() {
        List<String> failures = new ArrayList<>();
        for (String q : List.of("%", "_", "%%", "%'", "' OR '1'='1", "*", ".*")) {
            for (String list : List.of("/api/v1/actors", "/api/v1/locations")) {
                Response r = get(list + "?limit=200&q=" + enc(q));
                if (r.statusCode() == 400) {
                    HostileChecks.assertFieldProblem(r, 400, "GET " + list + "?q=" + q, "q"::equals);
                    continue;
                }
                JsonNode page = json(r, 200, "GET " + list + "?q=" + q);
                List<String> names = names(page);
                if (names.contains("Vladimir Putin") || names.contains("Syria")) {
                    failures.add("GET " + list + "?q=" + enc(q) + " matched unrelated names: " + names);
                }
            }
            Response r = get("/api/v1/timeline?limit=200&q=" + enc(q));
            if (r.statusCode() == 200) {
                JsonNode page = json(r, 200, "timeline q=" + q);
                // every match must really contain one of the words of q (letters/digits), never "everything"
                List<String> words = dev.geotimeline.text.NameKeys.tokens(q);
                for (JsonNode item : page.get("items")) {
                    String text = dev.geotimeline.text.NameKeys.tokens(
                                    item.get("title").asText() + " "
                                            + item.path("summary").asText())
                            .toString();
                    if (words.isEmpty() || words.stream().noneMatch(text::contains)) {
                        failures.add(
                                "GET /api/v1/timeline?q=" + enc(q) + " matched unrelated event " + item.get("title"));
                    }
                }
            } else {
                HostileChecks.assertFieldProblem(r, 400, "GET /api/v1/timeline?q=" + q, "q"::equals);
            }
        }
        assertTrue(
                failures.isEmpty(),
                failures.size() + " searches treated q as a pattern:\n" + String.join("\n", failures));
        // the SQL-looking search words are data: they find exactly our event
        JsonNode page = json(get("/api/v1/timeline?q=" + enc("robert drop table")), 200, "q=robert drop table");
        assertEquals(1, page.get("items").size(), "q=robert drop table: " + page);
        page = json(get("/api/v1/timeline?q=" + enc("script alert")), 200, "q=script alert");
        assertEquals(1, page.get("items").size(), "q=script alert: " + page);
    }

    static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(i -> names.add(i.get("name").asText()));
        return names;
    }

    /** Names made only of non-Latin letters or only of punctuation get a slug or a clear 400. */
    @Test
    @Order(5)
    void slugsDerivedFromHostileNames() {
        for (String name : List.of("الشرع المختبر", "🔥🔥🔥", "'; --", "<>", "Ωμέγα Τεστ", "\u200b\u200b")) {
            ObjectNode body = F.objectNode().put("name", name).put("kind", "PERSON");
            Response r = post("/api/v1/actors", body);
            JsonNode answer = HostileChecks.assertSafe(r, "POST /api/v1/actors " + body);
            if (r.statusCode() == 201) {
                same(name, answer.get("name"), "name");
                String slug = answer.get("slug").asText();
                JsonNode back = json(get("/api/v1/actors/" + enc(slug)), 200, "GET by derived slug " + slug);
                same(name, back.get("name"), "name via slug " + slug);
            } else {
                HostileChecks.assertFieldProblem(r, 400, "POST /api/v1/actors " + body, f -> f.equals("name"));
            }
        }
    }

    @Test
    @Order(6)
    void theServiceStillWorksAfterwards() {
        JsonNode putin = json(get("/api/v1/actors/vladimir-putin/timeline?limit=200"), 200, "putin timeline");
        assertEquals(putinEventsBefore, putin.get("items").size(), "putin's events changed");
        JsonNode all = json(get("/api/v1/timeline?limit=200"), 200, "timeline");
        assertTrue(
                all.get("items").size() >= 7, "events lost: " + all.get("items").size());
        ObjectNode event = F.objectNode()
                .put("title", "Verbatim after-check event")
                .put("type", "CONSULT")
                .put("date", "1903-04-04");
        event.putArray("actors").addObject().put("actor", "verbatim-sql-actor").put("role", "INITIATOR");
        JsonNode created = json(post("/api/v1/events", event), 201, "POST plain event");
        json(get("/api/v1/events/" + created.get("id").asLong()), 200, "GET plain event");
        json(get("/api/v1/actors?limit=200"), 200, "actors");
        json(get("/api/v1/locations?within=syria&limit=200"), 200, "locations within syria");
        REQUESTS.incrementAndGet();
        asEditor().delete("/api/v1/events/" + created.get("id").asLong()).then().statusCode(204);
    }

    @AfterAll
    static void report() {
        System.out.println("VerbatimDataTest sent " + REQUESTS.get() + " requests");
    }
}
