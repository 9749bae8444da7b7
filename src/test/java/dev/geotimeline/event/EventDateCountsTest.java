package dev.geotimeline.event;

import static dev.geotimeline.testing.Tokens.asEditor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.geotimeline.testing.DemoState;
import dev.geotimeline.testing.ImportRows;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The counts per date that the histogram sums (per type, actor, place, and place with what lies inside it) stay
 * equal to the events, whichever way they are written: one by one, replaced, patched, deleted, imported,
 * re-imported, imported concurrently, refused, or moved with their place.
 */
@QuarkusTest
class EventDateCountsTest {

    private static final String GROUPED_EVENTS = """
            select event_type, date_precision, date_earliest, date_latest, count(*) from event
            group by event_type, date_precision, date_earliest, date_latest
            order by event_type, date_precision, date_earliest, date_latest""";
    private static final String STORED_COUNTS = """
            select event_type, date_precision, date_earliest, date_latest, event_count from event_date_count
            where event_count <> 0 and event_type <> '*'
            order by event_type, date_precision, date_earliest, date_latest""";
    private static final String GROUPED_DATES = """
            select '*', date_precision, date_earliest, date_latest, count(*) from event
            group by date_precision, date_earliest, date_latest
            order by date_precision, date_earliest, date_latest""";
    private static final String STORED_DATE_COUNTS = """
            select event_type, date_precision, date_earliest, date_latest, event_count from event_date_count
            where event_count <> 0 and event_type = '*'
            order by date_precision, date_earliest, date_latest""";

    /** Each link table and the count table that counts its events per date. */
    private static final List<String[]> LINK_COUNTS = List.of(
            new String[] {"event_actor", "actor_id", "event_actor_date_count"},
            new String[] {"event_location", "location_id", "event_location_date_count"},
            new String[] {"event_location_scope", "location_id", "event_location_scope_date_count"});

    @Inject
    DemoState demo;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void onlyTheDemoData() {
        demo.restore();
    }

    @Test
    void theCountsFollowEachWriteOfOneEvent() throws SQLException {
        assertCountsMatchTheEvents();
        int id = asEditor()
                .contentType(ContentType.JSON)
                .body(event("Counted talks", "CONSULT", "2019-03"))
                .post("/api/v1/events")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertCountsMatchTheEvents();

        asEditor()
                .contentType(ContentType.JSON)
                .body(event("Counted talks, dated", "CONSULT", "2019-03-15")
                        .replace(
                                "{\"actor\":\"russia\",\"role\":\"INITIATOR\"}",
                                "{\"actor\":\"vladimir-putin\",\"role\":\"INITIATOR\"},"
                                        + "{\"actor\":\"ahmad-al-sharaa\",\"role\":\"TARGET\"}")
                        .replace("\"latakia\"", "\"hmeimim-air-base\",\"moscow\""))
                .put("/api/v1/events/" + id)
                .then()
                .statusCode(200);
        assertCountsMatchTheEvents();

        asEditor()
                .contentType("application/merge-patch+json")
                .body("{\"type\":\"SANCTION\"}")
                .patch("/api/v1/events/" + id)
                .then()
                .statusCode(200);
        assertCountsMatchTheEvents();

        asEditor()
                .contentType("application/merge-patch+json")
                .body("{\"actors\":[{\"actor\":\"kremlin\",\"role\":\"INITIATOR\"}],\"locations\":[\"tartus\"]}")
                .patch("/api/v1/events/" + id)
                .then()
                .statusCode(200);
        assertCountsMatchTheEvents();

        asEditor()
                .contentType("application/merge-patch+json")
                .body("{\"title\":\"Counted sanction\"}")
                .patch("/api/v1/events/" + id)
                .then()
                .statusCode(200);
        assertCountsMatchTheEvents();

        asEditor().delete("/api/v1/events/" + id).then().statusCode(204);
        assertCountsMatchTheEvents();
    }

    @Test
    void theCountsFollowImportsAndIgnoreRefusedOnes() throws SQLException {
        String source = "counts-" + UUID.randomUUID();
        importRows(200, source, "2018-05-0%d");
        assertCountsMatchTheEvents();

        importRows(200, source, "2018-0%d");
        assertCountsMatchTheEvents();

        String refused = ImportRows.keyed(event("Refused row", "AID", "2018-02-30"), source, "refused");
        asEditor()
                .contentType(ContentType.JSON)
                .body("[" + ImportRows.keyed(event("Would be counted", "AID", "2017-01-01"), source, "new") + ","
                        + refused + "]")
                .post("/api/v1/events/import")
                .then()
                .statusCode(400);
        assertCountsMatchTheEvents();
    }

    @Test
    void concurrentImportsOfTheSameDatesAddUp() throws SQLException {
        List<CompletableFuture<Void>> imports = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String source = "parallel-counts-" + i + "-" + UUID.randomUUID();
            imports.add(CompletableFuture.runAsync(() -> importRows(150, source, "2016-01-0%d")));
        }
        imports.forEach(CompletableFuture::join);
        assertCountsMatchTheEvents();
    }

    @Test
    void theCountsOfPlacesFollowAPlaceThatMoves() throws SQLException {
        String region = "Counted region " + UUID.randomUUID();
        String slug = asEditor()
                .contentType(ContentType.JSON)
                .body("{\"name\":\"%s\",\"kind\":\"REGION\",\"parent\":\"syria\"}".formatted(region))
                .post("/api/v1/locations")
                .then()
                .statusCode(201)
                .extract()
                .path("slug");
        for (String date : List.of("2015-09-30", "2015-09", "2015-10-01")) {
            asEditor()
                    .contentType(ContentType.JSON)
                    .body(event("Counted deployment", "MOBILIZE", date).replace("latakia", slug))
                    .post("/api/v1/events")
                    .then()
                    .statusCode(201);
        }
        assertCountsMatchTheEvents();

        asEditor()
                .contentType(ContentType.JSON)
                .body("{\"name\":\"%s\",\"kind\":\"REGION\",\"parent\":\"russia\"}".formatted(region))
                .put("/api/v1/locations/" + slug)
                .then()
                .statusCode(200);
        assertCountsMatchTheEvents();
    }

    private void importRows(int count, String source, String datePattern) {
        ImportRows.importKeyed(
                count,
                source,
                i -> event("Imported " + i, i % 2 == 0 ? "AID" : "ASSAULT", datePattern.formatted(1 + i % 9)));
    }

    private static String event(String title, String type, String date) {
        return """
                {"title":"%s","type":"%s","date":"%s",
                 "actors":[{"actor":"russia","role":"INITIATOR"}],"locations":["latakia"]}""".formatted(title, type, date);
    }

    private void assertCountsMatchTheEvents() throws SQLException {
        List<String> events = rows(GROUPED_EVENTS);
        assertFalse(events.isEmpty(), "the demo data at least");
        assertEquals(events, rows(STORED_COUNTS));
        assertEquals(rows(GROUPED_DATES), rows(STORED_DATE_COUNTS), "over every type");
        for (String[] link : LINK_COUNTS) {
            String grouped = """
                    select l.%2$s, e.date_precision, e.date_earliest, e.date_latest, count(*)
                    from %1$s l join event e on e.id = l.event_id
                    group by l.%2$s, e.date_precision, e.date_earliest, e.date_latest
                    order by l.%2$s, e.date_precision, e.date_earliest, e.date_latest""".formatted(link[0], link[1]);
            String stored = """
                    select %2$s, date_precision, date_earliest, date_latest, event_count from %3$s
                    where event_count <> 0 order by %2$s, date_precision, date_earliest, date_latest""".formatted(link[0], link[1], link[2]);
            List<String> linked = rows(grouped);
            assertFalse(linked.isEmpty(), link[0]);
            assertEquals(linked, rows(stored), link[2]);
        }
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1) + " " + result.getString(2) + " " + result.getString(3) + " "
                        + result.getString(4) + " " + result.getLong(5));
            }
        }
        return rows;
    }
}
