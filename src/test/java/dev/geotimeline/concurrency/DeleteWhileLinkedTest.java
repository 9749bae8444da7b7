package dev.geotimeline.concurrency;

import static dev.geotimeline.testing.Tokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On PostgreSQL an event's links to actors carry no foreign key (V17); an event write and the delete of the
 * actor it names still serialise: whichever locks the actor second sees what the first did. Each test holds
 * one side open on its own connection, lets the HTTP request run into it, then commits.
 */
@QuarkusTest
class DeleteWhileLinkedTest {

    private final ExecutorService pool = Executors.newSingleThreadExecutor();

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String databaseKind;

    private String slug;
    private long actorId;

    @BeforeEach
    void createActor() {
        assumeTrue("postgresql".equals(databaseKind), "H2 keeps the foreign keys, which do this themselves");
        slug = "delete-race-" + UUID.randomUUID();
        actorId = asEditor()
                .contentType(ContentType.JSON)
                .body("{\"name\":\"" + slug + "\",\"slug\":\"" + slug + "\",\"kind\":\"PERSON\"}")
                .post("/api/v1/actors")
                .then()
                .statusCode(201)
                .extract()
                .<Number>path("id")
                .longValue();
    }

    @AfterEach
    void stopThreads() {
        pool.shutdownNow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/events", "/api/v1/events/import"})
    void anEventNamingAnActorDeletedMeanwhileIsRefusedAndNothingOfItIsStored(String path) throws Exception {
        String title = "Linked while deleted " + slug;
        String event = """
                {"title":"%s","type":"CONSULT","date":"2025-02-12","actors":[{"actor":"%s","role":"INITIATOR"}],
                 "externalKey":{"source":"delete-race","id":"%s"}}""".formatted(title, slug, slug);
        String body = path.endsWith("/import") ? "[" + event + "]" : event;
        Response answer;
        try (Connection deleter = dataSource.getConnection()) {
            deleter.setAutoCommit(false);
            execute(deleter, "delete from actor where id = ?", actorId);
            Future<Response> write = pool.submit(
                    () -> asEditor().contentType(ContentType.JSON).body(body).post(path));
            awaitBlockedBackend(deleter);
            deleter.commit();
            answer = write.get(30, TimeUnit.SECONDS);
        }
        answer.then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("actors"));
        assertEquals(0, number("select count(*) from event_actor where actor_id = ?", actorId));
        assertEquals(0, number("select count(*) from event where external_id = ?", slug));
    }

    @Test
    void aDeleteWaitsForAWriteLinkingTheActorAndThenRefuses() throws Exception {
        long eventId = -actorId;
        Response answer;
        try (Connection writer = dataSource.getConnection()) {
            writer.setAutoCommit(false);
            // What an event write does on PostgreSQL: lock the actor as a key check would, then write the link.
            execute(writer, "select id from actor where id = ? for key share", actorId);
            execute(
                    writer,
                    "insert into event_actor (event_id, actor_id, position, role, sort_key) values (?, ?, 0, 'INITIATOR', 0)",
                    eventId,
                    actorId);
            Future<Response> delete = pool.submit(() -> asEditor().delete("/api/v1/actors/" + slug));
            awaitBlockedBackend(writer);
            writer.commit();
            answer = delete.get(30, TimeUnit.SECONDS);
        }
        try {
            answer.then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("actor"));
            given().get("/api/v1/actors/" + slug).then().statusCode(200);
        } finally {
            try (Connection cleanup = dataSource.getConnection()) {
                execute(cleanup, "delete from event_actor where event_id = ?", eventId);
            }
        }
        asEditor().delete("/api/v1/actors/" + slug).then().statusCode(204);
    }

    /** Waits until another backend of this database waits for a lock: the request ran into the held one. */
    private void awaitBlockedBackend(Connection holder) throws SQLException, InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(4));
        long holderPid = number(holder, "select pg_backend_pid()");
        try (Connection observer = dataSource.getConnection()) {
            while (Instant.now().isBefore(giveUp)) {
                if (number(
                                observer,
                                "select count(*) from pg_stat_activity where datname = current_database()"
                                        + " and wait_event_type = 'Lock' and pid <> ?",
                                holderPid)
                        > 0) {
                    return;
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the request never waited for the held lock");
    }

    /** The one number a query answers. */
    private long number(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return number(connection, sql, parameters);
        }
    }

    private static long number(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepared(connection, sql, parameters);
                ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepared(connection, sql, parameters)) {
            statement.execute();
        }
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
