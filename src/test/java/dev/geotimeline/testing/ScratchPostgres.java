package dev.geotimeline.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A database of its own on the configured PostgreSQL server (DB_URL, DB_USERNAME, DB_PASSWORD,
 * as the service reads them), created for one test run and dropped after it.
 */
public final class ScratchPostgres {

    private final String adminUrl = env("DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private final String name =
            "geotimeline_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private ScratchPostgres() {}

    public static ScratchPostgres create() {
        ScratchPostgres database = new ScratchPostgres();
        database.execute("CREATE DATABASE " + database.name);
        return database;
    }

    public String url() {
        return adminUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    }

    public static String username() {
        return env("DB_USERNAME", "postgres");
    }

    public static String password() {
        return env("DB_PASSWORD", "");
    }

    public void drop() {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(adminUrl, username(), password());
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
