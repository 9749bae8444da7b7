package dev.geotimeline.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Guards that the suite really runs on the database its profile names, never a stand-in. */
@QuarkusTest
class DatabaseProfileTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void suiteRunsOnTheDatabaseOfItsProfile() throws SQLException {
        boolean postgres = System.getProperty("quarkus.test.profile", "test").contains("postgres");
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            String url = connection.getMetaData().getURL();
            if (postgres) {
                assertEquals("PostgreSQL", product);
                assertTrue(url.contains("geotimeline_test_"), "runs in its own scratch database: " + url);
            } else {
                assertEquals("H2", product);
                assertTrue(url.startsWith("jdbc:h2:mem:"), "tests use a fresh in-memory database: " + url);
            }
        }
    }
}
