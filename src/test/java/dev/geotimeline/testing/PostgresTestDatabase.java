package dev.geotimeline.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * When the tests run with the postgres profile, gives them a database of their
 * own on the configured server, created before Quarkus starts and dropped after.
 * With the default H2 profile it does nothing.
 */
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {

    private String adminUrl;
    private String database;

    @Override
    public Map<String, String> start() {
        if (!System.getProperty("quarkus.test.profile", "test").contains("postgres")) {
            return Map.of();
        }
        adminUrl = env("DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        database = "geotimeline_test_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + database);
        String testUrl = adminUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        return Map.of("quarkus.datasource.jdbc.url", testUrl);
    }

    @Override
    public void stop() {
        if (database != null) {
            execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private void execute(String sql) {
        try (Connection connection =
                        DriverManager.getConnection(adminUrl, env("DB_USERNAME", "postgres"), env("DB_PASSWORD", ""));
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + adminUrl + " refused: " + sql, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
