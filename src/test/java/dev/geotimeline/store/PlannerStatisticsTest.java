package dev.geotimeline.store;

import static dev.geotimeline.testing.Tokens.asEditor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A bulk import leaves PostgreSQL's planner with fresh statistics of the event tables (the test
 * profile refreshes them after 200 changed events); H2 keeps its own.
 */
@QuarkusTest
class PlannerStatisticsTest {

    private static final int EVENTS = 300;

    @Inject
    PlannerStatistics plannerStatistics;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aBulkImportRefreshesThePlannerStatisticsOfTheEventTables() throws Exception {
        long before = plannerStatistics.analyses();
        String source = "planner-" + UUID.randomUUID();
        String rows = IntStream.range(0, EVENTS)
                .mapToObj(i -> """
                        {"title":"Planner row %d","type":"AID","date":"1993-0%d",
                         "actors":[{"actor":"russia","role":"INITIATOR"}],"locations":["latakia"],
                         "externalKey":{"source":"%s","id":"%d"}}""".formatted(i, 1 + i % 9, source, i))
                .collect(Collectors.joining(",", "[", "]"));
        Instant sent = Instant.now();
        asEditor()
                .contentType(ContentType.JSON)
                .body(rows)
                .post("/api/v1/events/import")
                .then()
                .statusCode(200);

        if (!onPostgres()) {
            assertEquals(before, plannerStatistics.analyses(), "H2 analyses by itself (ANALYZE_AUTO)");
            return;
        }
        // An ANALYZE that ended before this import was sent does not count.
        Instant deadline = sent.plus(Duration.ofSeconds(30));
        while (!(plannerStatistics.analyses() > before && analysedSince(sent))
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertTrue(plannerStatistics.analyses() > before, "an ANALYZE ran after the import");
        assertTrue(analysedSince(sent), "every event table was vacuumed and analysed after the import");
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT reltuples FROM pg_class WHERE relname = 'event'")) {
            assertTrue(row.next() && row.getLong(1) >= EVENTS, "the statistics count the imported events");
        }
    }

    /**
     * A few events, far below the threshold: once imports pause (1 s in the test profile), they are vacuumed and
     * analysed too, so the last chunks of an import do not leave pages that index-only scans must visit.
     */
    @Test
    void changesBelowTheThresholdAreVacuumedOnceImportsPause() throws Exception {
        if (!onPostgres()) {
            return;
        }
        String source = "planner-settle-" + UUID.randomUUID();
        Instant sent = Instant.now();
        asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        [{"title":"Planner settle row","type":"AID","date":"1994-02",
                          "actors":[{"actor":"russia","role":"INITIATOR"}],"locations":["latakia"],
                          "externalKey":{"source":"%s","id":"1"}}]""".formatted(source))
                .post("/api/v1/events/import")
                .then()
                .statusCode(200);
        Instant deadline = sent.plus(Duration.ofSeconds(30));
        while (!analysedSince(sent) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertTrue(analysedSince(sent), "every event table was vacuumed and analysed after the pause");
    }

    /** A prepared statement is planned for its values every time, never with one generic plan for all. */
    @Test
    void onPostgresEveryStatementIsPlannedForItsOwnValues() throws SQLException {
        if (!onPostgres()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SHOW plan_cache_mode")) {
            assertTrue(row.next());
            assertEquals("force_custom_plan", row.getString(1));
        }
    }

    private boolean onPostgres() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
    }

    /**
     * Whether every event table was vacuumed and analysed at or after that moment (autovacuum's runs do not
     * count): the vacuum marks the pages all-visible for the timeline's index-only scans.
     */
    private boolean analysedSince(Instant moment) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT min(last_analyze), min(last_vacuum), count(*)"
                        + " FROM pg_stat_user_tables"
                        + " WHERE relname IN ('event', 'event_actor', 'event_actor_pair', 'event_location', 'event_location_scope',"
                        + " 'event_source', 'event_tag', 'event_term', 'event_date_count', 'event_actor_date_count',"
                        + " 'event_location_date_count', 'event_location_scope_date_count')")) {
            rows.next();
            assertEquals(12, rows.getInt(3), "every event table is known to the statistics");
            Timestamp analysed = rows.getTimestamp(1);
            Timestamp vacuumed = rows.getTimestamp(2);
            return analysed != null
                    && !analysed.toInstant().isBefore(moment)
                    && vacuumed != null
                    && !vacuumed.toInstant().isBefore(moment);
        }
    }
}
