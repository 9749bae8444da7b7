package dev.geotimeline.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the per-run PostgreSQL database for every @QuarkusTest (no-op on H2). */
@QuarkusTestResource(PostgresTestDatabase.class)
public class TestDatabases {}
