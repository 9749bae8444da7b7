package dev.geotimeline.faults;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.geotimeline.testing.PackagedService;
import dev.geotimeline.testing.PackagedService.Replica;
import dev.geotimeline.testing.PrivateCluster;
import dev.geotimeline.testing.Tokens;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A pod may start before its database does. The service launched while PostgreSQL is down keeps
 * trying to reach it instead of exiting, then migrates the empty database, loads the demo data and
 * takes writes once the server is up.
 */
class DatabaseLateAtStartIT {

    /** Longer than the pool's 5 s acquisition timeout, so that the first attempts certainly fail. */
    private static final long DOWN_MILLIS = 9_000;

    private PrivateCluster cluster;
    private PackagedService service;

    @AfterEach
    void stopEverything() {
        if (service != null) {
            service.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void theServiceWaitsForADatabaseThatStartsAfterIt() throws Exception {
        assumeTrue(PackagedService.postgresBuild(), "the PostgreSQL build (-Ppostgres)");
        cluster = PrivateCluster.start();
        cluster.stopServer();
        service = PackagedService.withPostgres(cluster.url());

        Replica replica = service.launch();
        Thread.sleep(DOWN_MILLIS);
        assertTrue(replica.process().isAlive(), "the service waits for its database instead of exiting");
        cluster.startServer();
        replica.awaitReady();

        given().port(replica.port()).get("/api/v1/actors/vladimir-putin").then().statusCode(200);
        Tokens.asEditor()
                .port(replica.port())
                .contentType(ContentType.JSON)
                .body("""
                        {"title":"Written after a late database","type":"AGREE","date":"1990-03-04",
                         "actors":[{"actor":"russia","role":"INITIATOR"}]}""")
                .post("/api/v1/events")
                .then()
                .statusCode(201)
                .body("title", equalTo("Written after a late database"));
    }
}
