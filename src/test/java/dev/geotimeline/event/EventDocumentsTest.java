package dev.geotimeline.event;

import static dev.geotimeline.testing.Tokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geotimeline.testing.DemoState;
import dev.geotimeline.testing.ImportRows;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every event's stored document is the view its rows give, whichever way the event was written (one by one,
 * replaced, patched, imported, re-imported, moved with its place, its actor or place renamed), and timeline
 * pages answer the documents.
 */
@QuarkusTest
class EventDocumentsTest {

    @Inject
    DemoState demo;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EventViews views;

    @Inject
    EventDocuments documents;

    @Inject
    EventDocumentFiller filler;

    @BeforeEach
    void onlyTheDemoData() {
        demo.restore();
    }

    @Test
    void eachWriteStoresTheViewOfTheEvent() throws SQLException {
        assertDocumentsAreTheViews();
        String created = asEditor()
                .contentType(ContentType.JSON)
                .body(event("Documented talks", "2019-03"))
                .post("/api/v1/events")
                .then()
                .statusCode(201)
                .extract()
                .asString();
        int id = io.restassured.path.json.JsonPath.from(created).getInt("id");
        assertEquals(created, storedDocuments().get((long) id), "the answer to the POST is the document");
        assertDocumentsAreTheViews();

        asEditor()
                .contentType(ContentType.JSON)
                .body(event("Documented talks, dated", "2019-03-15")
                        .replace("\"latakia\"", "\"hmeimim-air-base\",\"moscow\"")
                        .replace(
                                "\"tags\":[\"b\",\"a\"]",
                                "\"tags\":[\"zeta\",\"Alpha\",\"été\",\"Ωmega\",\"a-b\",\"a_b\",\"a.b\",\"beta\"]"))
                .put("/api/v1/events/" + id)
                .then()
                .statusCode(200);
        assertDocumentsAreTheViews();

        asEditor()
                .contentType("application/merge-patch+json")
                .body(
                        "{\"actors\":[{\"actor\":\"kremlin\",\"role\":\"INITIATOR\"}],\"summary\":\"<b>\\\"quoted\\\"</b> & \\\\ end\"}")
                .patch("/api/v1/events/" + id)
                .then()
                .statusCode(200);
        assertDocumentsAreTheViews();

        asEditor().delete("/api/v1/events/" + id).then().statusCode(204);
        assertFalse(storedDocuments().containsKey((long) id));
        assertDocumentsAreTheViews();
    }

    @Test
    void importedEventsAreStoredWithTheirViews() throws SQLException {
        String source = "documents-" + UUID.randomUUID();
        importRows(120, source, "2018-05-0%d", "Imported");
        assertDocumentsAreTheViews();

        importRows(120, source, "2018-0%d", "Imported again");
        assertDocumentsAreTheViews();
    }

    @Test
    void eventsFollowAPlaceThatMoves() throws SQLException {
        String region = "Documented region " + UUID.randomUUID();
        String slug = created(
                "/api/v1/locations", "{\"name\":\"%s\",\"kind\":\"REGION\",\"parent\":\"syria\"}".formatted(region));
        asEditor()
                .contentType(ContentType.JSON)
                .body(event("Documented deployment", "2015-09-30").replace("latakia", slug))
                .post("/api/v1/events")
                .then()
                .statusCode(201);
        asEditor()
                .contentType(ContentType.JSON)
                .body("{\"name\":\"%s\",\"kind\":\"REGION\",\"parent\":\"russia\"}".formatted(region))
                .put("/api/v1/locations/" + slug)
                .then()
                .statusCode(200);
        assertDocumentsAreTheViews();
    }

    @Test
    void aRenamedActorOrPlaceShowsAtOnceAndIsRenderedAgain() throws SQLException {
        String actor = created(
                "/api/v1/actors",
                "{\"name\":\"Documented envoy %s\",\"kind\":\"PERSON\"}".formatted(UUID.randomUUID()));
        String place = created(
                "/api/v1/locations",
                "{\"name\":\"Documented port %s\",\"kind\":\"PORT\",\"parent\":\"syria\"}"
                        .formatted(UUID.randomUUID()));
        for (int i = 0; i < 3; i++) {
            asEditor()
                    .contentType(ContentType.JSON)
                    .body(event("Documented visit " + i, "2016-0" + (i + 1))
                            .replace("\"russia\"", "\"" + actor + "\"")
                            .replace("\"latakia\"", "\"" + place + "\""))
                    .post("/api/v1/events")
                    .then()
                    .statusCode(201);
        }
        given().get("/api/v1/actors/" + actor + "/timeline").then().statusCode(200);

        asEditor()
                .contentType(ContentType.JSON)
                .body("{\"name\":\"Renamed envoy\",\"slug\":\"renamed-envoy\",\"kind\":\"PERSON\"}")
                .put("/api/v1/actors/" + actor)
                .then()
                .statusCode(200);
        asEditor()
                .contentType("application/merge-patch+json")
                .body("{\"name\":\"Renamed port\",\"slug\":\"renamed-port\"}")
                .patch("/api/v1/locations/" + place)
                .then()
                .statusCode(200);
        given().get("/api/v1/actors/renamed-envoy/timeline")
                .then()
                .statusCode(200)
                .body(
                        "items.actors.flatten().name",
                        contains(
                                "Renamed envoy",
                                "Ahmad al-Sharaa",
                                "Renamed envoy",
                                "Ahmad al-Sharaa",
                                "Renamed envoy",
                                "Ahmad al-Sharaa"))
                .body("items.locations.flatten().slug", contains("renamed-port", "renamed-port", "renamed-port"));

        awaitNothingQueued();
        assertDocumentsAreTheViews();
        assertTrue(storedDocuments().values().stream()
                .filter(document -> document.contains("Documented visit"))
                .allMatch(document -> document.contains("\"Renamed envoy\"") && document.contains("\"renamed-port\"")));
    }

    @Test
    void eventsWithoutADocumentAreAssembledUntilRendered() throws SQLException {
        execute("update event set document = null");
        execute("insert into event_document_pending (event_id) select id from event order by id");
        given().get("/api/v1/actors/vladimir-putin/timeline")
                .then()
                .statusCode(200)
                .body("items[0].actors.slug", org.hamcrest.Matchers.hasItem("vladimir-putin"));

        filler.request();
        awaitNothingQueued();
        assertDocumentsAreTheViews();
    }

    @Test
    void pagesAnswerTheStoredDocuments() throws SQLException {
        String actor = created(
                "/api/v1/actors", "{\"name\":\"Paged envoy %s\",\"kind\":\"PERSON\"}".formatted(UUID.randomUUID()));
        int id = asEditor()
                .contentType(ContentType.JSON)
                .body(event("Paged visit", "2016-01").replace("\"russia\"", "\"" + actor + "\""))
                .post("/api/v1/events")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update event set document = replace(document, ?, ?) where id = ?")) {
            update.setString(1, "Paged visit");
            update.setString(2, "Read from the document");
            update.setLong(3, id);
            assertEquals(1, update.executeUpdate());
        }
        given().get("/api/v1/actors/" + actor + "/timeline")
                .then()
                .statusCode(200)
                .body("items.title", contains("Read from the document"))
                .body("items[0].id", equalTo(id));
    }

    /** Creates an actor or place and answers its slug. */
    private static String created(String path, String body) {
        return asEditor()
                .contentType(ContentType.JSON)
                .body(body)
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .path("slug");
    }

    private void importRows(int count, String source, String datePattern, String title) {
        ImportRows.importKeyed(
                count,
                source,
                i -> event(title + " " + i, datePattern.formatted(1 + i % 9))
                        .replace("\"russia\"", i % 3 == 0 ? "\"vladimir-putin\"" : "\"russia\""));
    }

    private static String event(String title, String date) {
        return """
                {"title":"%s","type":"CONSULT","date":"%s","summary":"Documented",
                 "actors":[{"actor":"russia","role":"INITIATOR"},{"actor":"ahmad-al-sharaa","role":"TARGET"}],
                 "locations":["latakia"],"tags":["b","a"],
                 "sources":[{"url":"https://example.org/a","publisher":"Example","publishedOn":"2019-03-16"},
                            {"url":"https://example.org/b","quote":"said"}]}""".formatted(title, date);
    }

    /** Each stored document is exactly what the event's rows give as its view, and none is missing. */
    private void assertDocumentsAreTheViews() throws SQLException {
        Map<Long, String> stored = storedDocuments();
        assertFalse(stored.isEmpty(), "the demo data at least");
        Map<Long, String> assembled = QuarkusTransaction.requiringNew()
                .call(() -> views.load(List.copyOf(stored.keySet())).stream()
                        .collect(Collectors.toMap(EventResponse::id, documents::render)));
        stored.forEach((id, document) -> {
            assertNotNull(document, "event " + id + " has a document");
            assertEquals(assembled.get(id), document, "event " + id);
        });
    }

    private Map<Long, String> storedDocuments() throws SQLException {
        Map<Long, String> stored = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select id, document from event order by id")) {
            while (rows.next()) {
                stored.put(rows.getLong(1), rows.getString(2));
            }
        }
        return stored;
    }

    private void awaitNothingQueued() throws SQLException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (queued() > 0) {
            assertTrue(System.nanoTime() < deadline, "the queue is rendered within 30 s");
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private long queued() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from event_document_pending")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
