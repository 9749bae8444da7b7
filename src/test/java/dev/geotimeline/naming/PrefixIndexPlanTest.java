package dev.geotimeline.naming;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Name-prefix filters ({@code GET /actors?q=pu}, {@code GET /locations?q=ha}) and subtree lookups
 * ({@code GET /locations?within=syria}, moving a place) are prefix LIKEs. With a non-C collation a
 * plain PostgreSQL btree cannot serve them, hence the varchar_pattern_ops indexes of the postgresql
 * migration; H2's btree serves them as they are. Either way no table is scanned.
 */
@QuarkusTest
class PrefixIndexPlanTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void actorNamePrefixUsesAnIndex() throws SQLException {
        assertIndexed("SELECT actor_id FROM actor_key WHERE lookup_key LIKE ?", "putin%", "actor_key_prefix_idx");
    }

    @Test
    void locationNamePrefixUsesAnIndex() throws SQLException {
        assertIndexed(
                "SELECT location_id FROM location_key WHERE lookup_key LIKE ?", "hmei%", "location_key_prefix_idx");
    }

    @Test
    void subtreeLookupUsesAnIndex() throws SQLException {
        assertIndexed("SELECT id FROM location WHERE ancestor_path LIKE ?", "/1/%", "location_path_prefix_idx");
    }

    private void assertIndexed(String sql, String pattern, String postgresIndex) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
            if (postgres) {
                // The test tables are tiny, where a scan is cheapest: ask whether an index *can* serve the prefix.
                try (Statement setting = connection.createStatement()) {
                    setting.execute("set enable_seqscan = off");
                }
            }
            String plan = explain(connection, sql, pattern).toLowerCase(Locale.ROOT);
            if (postgres) {
                try (Statement setting = connection.createStatement()) {
                    // Only what was set: "reset all" would also drop the pool's own session settings.
                    setting.execute("reset enable_seqscan");
                }
                assertTrue(plan.contains(postgresIndex), "expected " + postgresIndex + " in plan:\n" + plan);
                assertTrue(
                        plan.contains("index cond") && plan.contains("~>=~"),
                        "the prefix must be an index condition, not a filter:\n" + plan);
            } else {
                assertFalse(plan.contains("tablescan"), "no full scan:\n" + plan);
                assertTrue(
                        plan.contains(">=") && plan.contains("<"), "the prefix must become an index range:\n" + plan);
            }
            assertFalse(plan.contains("seq scan"), "no full scan:\n" + plan);
        }
    }

    private static String explain(Connection connection, String sql, String pattern) throws SQLException {
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql)) {
            explain.setString(1, pattern);
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }
}
