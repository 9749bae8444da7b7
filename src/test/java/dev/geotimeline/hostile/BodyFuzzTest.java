package dev.geotimeline.hostile;

import static dev.geotimeline.hostile.HostileChecks.assertFieldProblem;
import static dev.geotimeline.hostile.HostileChecks.assertProblem;
import static dev.geotimeline.hostile.HostileChecks.assertSafe;
import static dev.geotimeline.hostile.HostileChecks.show;
import static dev.geotimeline.testing.Tokens.asEditor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Random and hostile JSON bodies for every write endpoint. Each answer is a success or a well-formed 4xx
 * problem+json naming the field; a rejected write leaves nothing behind.
 */
@QuarkusTest
class BodyFuzzTest {

    private static final long SEED = 777L;
    private static final AtomicInteger REQUESTS = new AtomicInteger();
    private static final AtomicInteger UNIQUE = new AtomicInteger();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** Own fixtures, so that a fuzz PUT that happens to be valid never changes the demo data. */
    private static final String ACTOR = "Bodyfuzz Fixture Actor";

    private static final String PLACE = "Bodyfuzz Fixture Place";
    private static long eventId;
    private static boolean fixtures;

    @BeforeEach
    void fixtures() {
        if (fixtures) {
            return;
        }
        asEditor()
                .contentType("application/json")
                .body("{\"name\":\"" + ACTOR + "\",\"kind\":\"ORGANIZATION\"}")
                .post("/api/v1/actors")
                .then()
                .statusCode(201);
        asEditor()
                .contentType("application/json")
                .body("{\"name\":\"" + PLACE + "\",\"kind\":\"SITE\",\"parent\":\"syria\"}")
                .post("/api/v1/locations")
                .then()
                .statusCode(201);
        eventId = asEditor()
                .contentType("application/json")
                .body(event("Bodyfuzz fixture event").toString())
                .post("/api/v1/events")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        fixtures = true;
    }

    // ---------------------------------------------------------------- valid bases

    static ObjectNode event(String title) {
        int n = UNIQUE.incrementAndGet();
        ObjectNode e = F.objectNode();
        e.put("title", title);
        e.put("summary", "A fuzz base event");
        e.put("type", "MOBILIZE");
        e.put("date", "1901-05-06");
        ArrayNode actors = e.putArray("actors");
        actors.addObject().put("actor", ACTOR).put("role", "INITIATOR");
        e.putArray("locations").add(PLACE);
        e.putArray("sources")
                .addObject()
                .put("url", "https://example.org/fuzz/" + n)
                .put("publisher", "Fuzz")
                .put("publishedOn", "1901-05-07")
                .put("quote", "a quote");
        e.putArray("tags").add("fuzz");
        e.putObject("externalKey").put("source", "bodyfuzz").put("id", "k" + n);
        return e;
    }

    static ObjectNode actor() {
        int n = UNIQUE.incrementAndGet();
        ObjectNode a = F.objectNode();
        a.put("name", "Bodyfuzz Actor " + n);
        a.put("slug", "bodyfuzz-actor-" + n);
        a.put("kind", "PERSON");
        a.putArray("aliases").add("Bfz Alias " + n);
        a.put("countryCode", "SY");
        a.put("wikidataId", "Q4" + n);
        return a;
    }

    static ObjectNode location() {
        int n = UNIQUE.incrementAndGet();
        ObjectNode l = F.objectNode();
        l.put("name", "Bodyfuzz Place " + n);
        l.put("slug", "bodyfuzz-place-" + n);
        l.put("kind", "CITY");
        l.put("parent", "syria");
        l.put("latitude", 35.1);
        l.put("longitude", 36.2);
        l.put("countryCode", "SY");
        l.putArray("aliases").add("Bfz Place Alias " + n);
        return l;
    }

    // ---------------------------------------------------------------- mutations

    static JsonNode deep(int depth) {
        JsonNode node = F.textNode("bottom");
        for (int i = 0; i < depth; i++) {
            ArrayNode a = F.arrayNode();
            a.add(node);
            node = a;
        }
        return node;
    }

    static final List<Function<Random, JsonNode>> MUTATIONS = List.of(
            r -> F.nullNode(),
            r -> F.textNode(""),
            r -> F.textNode("   "),
            r -> F.numberNode(0),
            r -> F.numberNode(-1),
            r -> F.numberNode(1e308),
            r -> F.numberNode(-1e308),
            r -> F.numberNode(Long.MAX_VALUE),
            r -> F.booleanNode(true),
            r -> F.arrayNode(),
            r -> F.objectNode(),
            r -> F.arrayNode().add("x"),
            r -> F.objectNode().put("a", 1),
            r -> F.textNode("x".repeat(10_001)),
            r -> F.textNode("2025-02-30"),
            r -> F.textNode("' OR 1=1 --"),
            r -> F.textNode("<script>alert(1)</script>"),
            r -> deep(200),
            r -> F.textNode(TimelineParameterFuzzTest.randomUnicode(r, 60)),
            r -> F.textNode("\u0000"),
            r -> F.numberNode(new java.math.BigDecimal("1e400")),
            r -> F.textNode("WIZARD"));

    /** JSON paths of every field of a body (objects descended, first element of arrays). */
    static List<List<Object>> paths(JsonNode node, List<Object> prefix) {
        List<List<Object>> all = new ArrayList<>();
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                List<Object> p = new ArrayList<>(prefix);
                p.add(name);
                all.add(p);
                all.addAll(paths(node.get(name), p));
            });
        } else if (node.isArray() && node.size() > 0 && node.get(0).isContainerNode()) {
            List<Object> p = new ArrayList<>(prefix);
            p.add(0);
            all.addAll(paths(node.get(0), p));
        }
        return all;
    }

    static JsonNode with(JsonNode base, List<Object> path, JsonNode value) {
        JsonNode copy = base.deepCopy();
        JsonNode parent = copy;
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, value);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
        return copy;
    }

    static String leaf(List<Object> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i) instanceof String s) {
                return s;
            }
        }
        return "body";
    }

    // ---------------------------------------------------------------- requests

    static Response send(String method, String path, String contentType, String body) {
        REQUESTS.incrementAndGet();
        var spec = asEditor().urlEncodingEnabled(false).accept("application/json");
        if (contentType != null) {
            spec = spec.contentType(contentType);
        }
        if (body != null) {
            spec = spec.body(body.getBytes(StandardCharsets.UTF_8));
        }
        return method.equals("PUT") ? spec.put(path) : spec.post(path);
    }

    static String describe(String method, String path, String contentType, String body) {
        return method + " " + path + " [" + contentType + "] " + show(body);
    }

    /** Sends, asserts the contract, and removes whatever a request that succeeded created. */
    static JsonNode fuzz(String method, String path, String body, Predicate<String> fieldOk) {
        Response response = send(method, path, "application/json", body);
        String request = describe(method, path, "application/json", body);
        JsonNode answer = assertSafe(response, request);
        int status = response.statusCode();
        if (status == 400 && answer != null && answer.has("errors")) {
            assertFieldProblem(response, 400, request, fieldOk);
        }
        if (status == 201 && method.equals("POST")) {
            cleanUp(path, answer);
        }
        return answer;
    }

    static void cleanUp(String path, JsonNode created) {
        if (created == null || !created.has("id")) {
            return;
        }
        REQUESTS.incrementAndGet();
        asEditor().delete(path + "/" + created.get("id").asText());
    }

    static Predicate<String> naming(String leaf) {
        return field -> field.contains(leaf)
                || field.equals("body")
                || (List.of("date", "when", "reportedOn", "publishedOn", "sources")
                                .contains(leaf)
                        && (field.contains("date") || field.contains("when") || field.contains("reportedOn")));
    }

    // ---------------------------------------------------------------- tests

    /** Every field of every body, 8 random mutations each: event 17, actor 6, location 8 paths → ~250 requests. */
    @Test
    void everyFieldOfEveryBodyWithWrongTypesAndHostileValues() {
        Random random = new Random(SEED);
        record Target(String path, java.util.function.Supplier<ObjectNode> base) {}
        for (Target target : List.of(
                new Target("/api/v1/events", () -> event("Bodyfuzz mutated event")),
                new Target("/api/v1/actors", BodyFuzzTest::actor),
                new Target("/api/v1/locations", BodyFuzzTest::location))) {
            for (List<Object> path : paths(target.base().get(), List.of())) {
                for (int i = 0; i < 8; i++) {
                    JsonNode value =
                            MUTATIONS.get(random.nextInt(MUTATIONS.size())).apply(random);
                    String body = with(target.base().get(), path, value).toString();
                    fuzz("POST", target.path(), body, naming(leaf(path)));
                }
            }
        }
    }

    /** Import rows with mutated fields, in a batch with a good row: 17 paths × 4 = 68 requests; none may persist. */
    @Test
    void importRowsWithWrongTypesAndHostileValues() {
        Random random = new Random(SEED + 1);
        for (List<Object> path : paths(event("x"), List.of())) {
            for (int i = 0; i < 4; i++) {
                String word = "importfuzz" + letters(random, 10);
                ArrayNode batch = F.arrayNode();
                batch.add(event("Good row " + word));
                JsonNode value = MUTATIONS.get(random.nextInt(MUTATIONS.size())).apply(random);
                batch.add(with(event("Mutated row " + word), path, value));
                JsonNode answer = fuzz("POST", "/api/v1/events/import", batch.toString(), naming(leaf(path)));
                if (answer != null
                        && answer.has("status")
                        && answer.get("status").asInt() >= 400) {
                    assertNoEventMatching(word, "after rejected import of " + show(batch.toString()));
                }
            }
        }
    }

    /** PUT with mutated bodies on own actor, location and event: 3 × 30 = 90 requests. */
    @Test
    void putWithWrongTypesAndHostileValues() {
        Random random = new Random(SEED + 2);
        String actorPath = "/api/v1/actors/" + HostileChecks.enc(ACTOR);
        String placePath = "/api/v1/locations/" + HostileChecks.enc(PLACE);
        String eventPath = "/api/v1/events/" + eventId;
        ObjectNode actorBase = F.objectNode().put("name", ACTOR).put("kind", "ORGANIZATION");
        ObjectNode placeBase =
                F.objectNode().put("name", PLACE).put("kind", "SITE").put("parent", "syria");
        ObjectNode eventBase = event("Bodyfuzz fixture event");
        eventBase.remove("externalKey");
        for (Object[] t : new Object[][] {{actorPath, actorBase}, {placePath, placeBase}, {eventPath, eventBase}}) {
            ObjectNode base = (ObjectNode) t[1];
            List<List<Object>> paths = paths(base, List.of());
            for (int i = 0; i < 30; i++) {
                List<Object> path = paths.get(random.nextInt(paths.size()));
                JsonNode value = MUTATIONS.get(random.nextInt(MUTATIONS.size())).apply(random);
                JsonNode body = with(base, path, value);
                // a mutation must never rename the fixture (it is addressed by name)
                if (path.get(0).equals("name")) {
                    continue;
                }
                fuzz("PUT", (String) t[0], body.toString(), naming(leaf(path)));
            }
        }
        asEditor().urlEncodingEnabled(false).get(actorPath).then().statusCode(200);
        asEditor().urlEncodingEnabled(false).get(placePath).then().statusCode(200);
        asEditor().urlEncodingEnabled(false).get(eventPath).then().statusCode(200);
    }

    /** Values that must be rejected with a 400 naming the field: 16 requests. */
    @Test
    void outOfRangeValuesAreRejectedNamingTheField() {
        Object[][] cases = {
            {"/api/v1/events", with(event("t"), List.of("title"), F.textNode("x".repeat(301))), "title"},
            {"/api/v1/events", with(event("t"), List.of("summary"), F.textNode("x".repeat(5001))), "summary"},
            {"/api/v1/events", with(event("t"), List.of("date"), F.textNode("2025-02-30")), "date"},
            {"/api/v1/events", with(event("t"), List.of("type"), F.textNode("WAR")), "type"},
            {"/api/v1/events", with(event("t"), List.of("actors"), F.arrayNode()), "actors"},
            {
                "/api/v1/events",
                with(event("t"), List.of("actors"), F.objectNode().put("actor", ACTOR)),
                "actors"
            },
            {
                "/api/v1/events",
                with(event("t"), List.of("sources", 0, "publishedOn"), F.textNode("2025-02-30")),
                "publishedOn"
            },
            {"/api/v1/events", with(event("t"), List.of("sources", 0, "url"), F.textNode("javascript alert(1)")), "url"
            },
            {"/api/v1/events", with(event("t"), List.of("unknownField"), F.textNode("x")), "unknownField"},
            {"/api/v1/events", with(event("t"), List.of("title"), F.nullNode()), "title"},
            {"/api/v1/locations", with(location(), List.of("latitude"), F.numberNode(1e308)), "latitude"},
            {"/api/v1/locations", with(location(), List.of("longitude"), F.numberNode(-1e308)), "longitude"},
            {"/api/v1/locations", with(location(), List.of("latitude"), F.textNode("NaN")), "latitude"},
            {"/api/v1/actors", with(actor(), List.of("kind"), F.textNode("WIZARD")), "kind"},
            {"/api/v1/actors", with(actor(), List.of("name"), F.textNode("x".repeat(201))), "name"},
            {"/api/v1/actors", with(actor(), List.of("aliases"), F.arrayNode().add("")), "aliases"},
        };
        for (Object[] c : cases) {
            String body = c[1].toString();
            REQUESTS.incrementAndGet();
            Response response =
                    asEditor().contentType("application/json").body(body).post((String) c[0]);
            String field = (String) c[2];
            assertFieldProblem(response, 400, "POST " + c[0] + " " + show(body), f -> f.contains(field));
        }
    }

    /** Malformed documents: 18 bodies × 4 endpoints = 72 requests, each a 400 (or 415/413) problem. */
    @Test
    void malformedDocuments() {
        String good = event("Malformed doc").toString();
        List<String> bodies = List.of(
                "",
                " ",
                "{",
                "{\"title\":",
                good.substring(0, good.length() / 2),
                "not json",
                "<event/>",
                "null",
                "42",
                "\"a string\"",
                "{\"title\":\"a\",}",
                "{'title':'a'}",
                "{\"title\":NaN}",
                "{/*c*/}",
                good + " trailing",
                "\uFEFF" + good,
                "[".repeat(100_000) + "]".repeat(100_000),
                "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000));
        List<String> failures = new ArrayList<>();
        for (String path : List.of("/api/v1/events", "/api/v1/actors", "/api/v1/locations", "/api/v1/events/import")) {
            for (String body : bodies) {
                Response response = send("POST", path, "application/json", body);
                String request = describe("POST", path, "application/json", body);
                TimelineParameterFuzzTest.collect(failures, () -> {
                    JsonNode answer = assertSafe(response, request);
                    int status = response.statusCode();
                    boolean bomAccepted = body.startsWith("\uFEFF") && status < 300;
                    assertTrue(status >= 400 || bomAccepted, "malformed body accepted: " + request + " -> " + status);
                    if (status == 201) {
                        cleanUp(path, answer);
                    }
                });
            }
        }
        if (!failures.isEmpty()) {
            org.junit.jupiter.api.Assertions.fail(failures.size() + " of " + (4 * bodies.size())
                    + " malformed bodies broke the contract:\n" + String.join("\n", failures));
        }
    }

    /** Wrong shapes: an array where an object is expected and the other way round: 8 requests. */
    @Test
    void arraysWhereObjectsAreExpectedAndObjectsWhereArraysAre() {
        for (String path : List.of("/api/v1/events", "/api/v1/actors", "/api/v1/locations")) {
            String body = "[" + actor() + "]";
            Response r = send("POST", path, "application/json", body);
            assertFieldProblem(r, 400, describe("POST", path, "application/json", body), f -> !f.isBlank());
        }
        String single = event("Object where array").toString();
        Response r = send("POST", "/api/v1/events/import", "application/json", single);
        assertFieldProblem(r, 400, "POST /api/v1/events/import " + show(single), f -> !f.isBlank());
        for (String body : List.of("[[]]", "[null]", "[1]", "[\"x\"]")) {
            Response response = send("POST", "/api/v1/events/import", "application/json", body);
            assertProblem(response, 400, "POST /api/v1/events/import " + body);
        }
    }

    /** Wrong content types: 5 types × 4 endpoints + 2 PUTs = 22 requests, each 415 problem+json. */
    @Test
    void wrongContentTypeIs415() throws Exception {
        String good = event("Content type").toString();
        for (String path : List.of("/api/v1/events", "/api/v1/actors", "/api/v1/locations", "/api/v1/events/import")) {
            for (String type : List.of(
                    "text/plain",
                    "application/xml",
                    "application/x-www-form-urlencoded",
                    "multipart/form-data; boundary=x",
                    "application/octet-stream")) {
                REQUESTS.incrementAndGet();
                Response response = RawHttp.post(path, type, good.getBytes(StandardCharsets.UTF_8))
                        .asResponse();
                assertProblem(response, 415, describe("POST", path, type, good));
            }
        }
        assertProblem(send("PUT", "/api/v1/actors/vladimir-putin", "text/plain", "{}"), 415, "PUT putin text/plain");
        assertProblem(send("PUT", "/api/v1/locations/syria", "application/xml", "<a/>"), 415, "PUT syria xml");
    }

    /** No content type at all, and invalid UTF-8 bytes on the wire: 6 requests. */
    @Test
    void missingContentTypeAndInvalidUtf8() throws Exception {
        String good = event("No content type").toString();
        for (String path : List.of("/api/v1/events", "/api/v1/actors")) {
            REQUESTS.incrementAndGet();
            Response r = asEditor()
                    .body(good.getBytes(StandardCharsets.UTF_8))
                    .contentType("")
                    .post(path);
            JsonNode answer = assertSafe(r, "POST " + path + " without Content-Type");
            assertTrue(r.statusCode() >= 400, "accepted without content type: " + r.asString());
            assertNotNull(answer);
        }
        byte[] invalid = "{\"name\":\"bad \u0000\",\"kind\":\"PERSON\"}".getBytes(StandardCharsets.UTF_8);
        invalid[10] = (byte) 0xC3; // a lead byte followed by a space: invalid UTF-8
        for (String path : List.of("/api/v1/actors", "/api/v1/locations", "/api/v1/events", "/api/v1/events/import")) {
            REQUESTS.incrementAndGet();
            RawHttp.Reply reply = RawHttp.post(path, "application/json", invalid);
            assertProblem(reply.asResponse(), 400, "POST " + path + " with invalid UTF-8 bytes");
        }
    }

    /** Duplicate keys are ambiguous (which title did the client mean?), so strict JSON refuses them: 2 requests. */
    @Test
    void duplicateKeys() {
        String body = event("Dup key first").toString().replaceFirst("\\{", "{\"title\":\"Dup key second\",");
        assertProblem(
                send("POST", "/api/v1/events", "application/json", body), 400, "POST /api/v1/events " + show(body));
        String actor = "{\"name\":\"Dup Actor One\",\"kind\":\"PERSON\",\"kind\":\"WIZARD\"}";
        assertProblem(send("POST", "/api/v1/actors", "application/json", actor), 400, "POST /api/v1/actors " + actor);
        asEditor().get("/api/v1/actors/dup-actor-one").then().statusCode(404);
    }

    /** Relative date expressions in `when`: 90 requests (plus cleanup of the created events). */
    @Test
    void relativeDateExpressionFuzz() {
        Random random = new Random(SEED + 3);
        List<String> words = List.of(
                "today",
                "yesterday",
                "the day before yesterday",
                "3 days ago",
                "Wednesday",
                "on Monday",
                "last Wednesday",
                "this week",
                "last week",
                "this month",
                "last month",
                "2 months ago",
                "earlier this month",
                "earlier this year",
                "December",
                "in December",
                "early December",
                "mid December",
                "late December",
                "8 December",
                "on 8 December",
                "December 8",
                "Dec. 8th",
                "this year",
                "last year",
                "in 2015",
                "December 2024",
                "8 December 2024",
                "around December",
                "about last week",
                "circa 2015",
                "31 February",
                "30 February",
                "29 February",
                "February 29",
                "-5 days ago",
                "0 days ago",
                "99999999999 days ago",
                "2147483648 days ago",
                "1000000 months ago",
                "in 0",
                "in -2015",
                "in 99999",
                "in 10000",
                "8 December 99999",
                "32 December",
                "0 December",
                "Wednesday' OR 1=1 --",
                "<script>alert(1)</script>",
                "",
                "   ",
                "x".repeat(101),
                "next week",
                "tomorrow",
                "in 3 days",
                "last Funday",
                "Ｗｅｄｎｅｓｄａｙ",
                "YESTERDAY",
                "  yesterday  ",
                "yesterday\u0000",
                "around around December",
                "early early December",
                "\u0660\u0661 days ago");
        List<String> reported = List.of(
                "1950-06-15", "1950-02-28", "1952-02-29", "0001-01-01", "9999-12-31", "1950-01-01", "1950-12-31");
        List<String> all = new ArrayList<>(words);
        while (all.size() < 90) {
            String a = words.get(random.nextInt(words.size()));
            all.add(
                    random.nextBoolean()
                            ? a + " " + words.get(random.nextInt(words.size()))
                            : TimelineParameterFuzzTest.randomUnicode(random, 20) + " " + a);
        }
        for (String when : all) {
            ObjectNode body = event("Bodyfuzz when event");
            body.remove("date");
            body.remove("externalKey");
            body.put("when", when);
            body.put("reportedOn", reported.get(random.nextInt(reported.size())));
            String request = describe("POST", "/api/v1/events", "application/json", body.toString());
            Response response = send("POST", "/api/v1/events", "application/json", body.toString());
            JsonNode answer = assertSafe(response, request);
            if (response.statusCode() == 201) {
                JsonNode date = answer.get("date");
                assertTrue(date != null && date.path("edtf").isTextual(), "no date: " + request);
                assertEquals(
                        body.get("reportedOn").asText(), date.path("reportedOn").asText(), request);
                assertTrue(
                        date.path("earliest")
                                        .asText()
                                        .compareTo(date.path("latest").asText())
                                <= 0,
                        request);
                cleanUp("/api/v1/events", answer);
            } else {
                assertFieldProblem(
                        response, 400, request, f -> f.equals("when") || f.equals("reportedOn") || f.equals("date"));
            }
        }
    }

    /** Rejected writes leave nothing behind: ~20 requests. */
    @Test
    void failedWritesLeaveNoPartialData() {
        // import: a good row followed by a row naming an unknown actor
        String word = "partialimport" + letters(new Random(SEED + 4), 8);
        ArrayNode batch = F.arrayNode();
        batch.add(event("Good " + word));
        ObjectNode bad = event("Bad " + word);
        ((ObjectNode) bad.get("actors").get(0)).put("actor", "nobody-at-all-" + word);
        batch.add(bad);
        Response r = send("POST", "/api/v1/events/import", "application/json", batch.toString());
        assertProblem(r, r.statusCode() == 400 ? 400 : 422, "import with unknown actor in row 2");
        assertNoEventMatching(word, "after rejected import (unknown actor in row 2)");

        // import: good row, then a row whose date is invalid
        ArrayNode batch2 = F.arrayNode();
        batch2.add(event("Good second " + word));
        batch2.add(with(event("Bad second " + word), List.of("date"), F.textNode("2025-02-30")));
        assertProblem(
                send("POST", "/api/v1/events/import", "application/json", batch2.toString()), 400, "import bad date");
        assertNoEventMatching(word, "after rejected import (bad date in row 2)");

        // create: unknown location
        ObjectNode create = event("Create " + word);
        ((ArrayNode) create.get("locations")).add("nowhere-" + word);
        assertProblem(
                send("POST", "/api/v1/events", "application/json", create.toString()), 422, "create, unknown place");
        assertNoEventMatching(word, "after rejected create (unknown location)");

        // actor whose alias belongs to another actor: 409 and the actor does not exist
        String actorName = "Partial Actor " + word;
        String actorBody = "{\"name\":\"" + actorName + "\",\"kind\":\"PERSON\",\"aliases\":[\"al-Jolani\"]}";
        assertProblem(
                send("POST", "/api/v1/actors", "application/json", actorBody), 409, "POST actor with taken alias");
        REQUESTS.incrementAndGet();
        assertProblem(asEditor().get("/api/v1/actors/" + HostileChecks.enc(actorName)), 404, "GET the rejected actor");

        // invalid PUTs of demo data change nothing
        for (String[] put : new String[][] {
            {"/api/v1/actors/vladimir-putin", "{\"name\":\"" + "x".repeat(201) + "\",\"kind\":\"PERSON\"}"},
            {"/api/v1/actors/vladimir-putin", "{\"name\":\"Hacked\",\"kind\":null}"},
            {"/api/v1/actors/vladimir-putin", "{\"name\":\"Hacked\",\"kind\":\"PERSON\",\"aliases\":[\"al-Jolani\"]}"},
            {"/api/v1/actors/ahmad-al-sharaa", "{\"name\":\"Hacked\",\"kind\":\"PERSON\",\"wikidataId\":\"X1\"}"},
            {"/api/v1/locations/syria", "{\"name\":\"Hacked\",\"kind\":\"COUNTRY\",\"parent\":\"hmeimim-air-base\"}"},
            {"/api/v1/locations/hmeimim-air-base", "{\"name\":\"Hacked\",\"kind\":\"MILITARY_BASE\",\"latitude\":1e308}"
            },
            {
                "/api/v1/locations/hmeimim-air-base",
                "{\"name\":\"Hacked\",\"kind\":\"MILITARY_BASE\",\"parent\":\"nowhere-x\"}"
            },
        }) {
            REQUESTS.addAndGet(3);
            String before = asEditor().get(put[0]).asString();
            Response response = send("PUT", put[0], "application/json", put[1]);
            JsonNode answer = assertSafe(response, "PUT " + put[0] + " " + show(put[1]));
            assertTrue(response.statusCode() >= 400, "invalid PUT accepted: PUT " + put[0] + " " + put[1]);
            assertNotNull(answer);
            assertEquals(before, asEditor().get(put[0]).asString(), "rejected PUT changed " + put[0] + ": " + put[1]);
        }
        REQUESTS.incrementAndGet();
        asEditor()
                .queryParam("q", "hacked")
                .get("/api/v1/actors")
                .then()
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.hasSize(0));
    }

    static void assertNoEventMatching(String word, String context) {
        REQUESTS.incrementAndGet();
        Response r = asEditor().queryParam("q", word).get("/api/v1/timeline");
        assertEquals(200, r.statusCode(), context + ": " + r.asString());
        assertEquals(0, r.jsonPath().getList("items").size(), "partial write " + context + ": " + r.asString());
    }

    static String letters(Random random, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + random.nextInt(26)));
        }
        return b.toString();
    }

    @AfterAll
    static void report() {
        System.out.println("BodyFuzzTest sent " + REQUESTS.get() + " requests");
    }
}
