package dev.geotimeline.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * When the tests run with the postgres profile, gives them a database of their
 * own on the configured server, created before Quarkus starts and dropped after.
 * With the default H2 profile it does nothing.
 */
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {

    private ScratchPostgres database;

    @Override
    public Map<String, String> start() {
        if (!System.getProperty("quarkus.test.profile", "test").contains("postgres")) {
            return Map.of();
        }
        database = ScratchPostgres.create();
        return Map.of("quarkus.datasource.jdbc.url", database.url());
    }

    @Override
    public void stop() {
        if (database != null) {
            database.drop();
        }
    }
}
