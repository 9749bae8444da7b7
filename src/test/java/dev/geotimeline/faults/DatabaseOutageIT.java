package dev.geotimeline.faults;

import static dev.geotimeline.testing.FaultChecks.assertAllStored;
import static dev.geotimeline.testing.FaultChecks.assertFaultAnswers;
import static dev.geotimeline.testing.FaultChecks.awaitReadiness;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.geotimeline.testing.FaultChecks;
import dev.geotimeline.testing.FaultLoad;
import dev.geotimeline.testing.FaultLoad.Outcome;
import dev.geotimeline.testing.PackagedService;
import dev.geotimeline.testing.PackagedService.Replica;
import dev.geotimeline.testing.PrivateCluster;
import dev.geotimeline.testing.Tokens;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL server goes away under load and comes back: a private cluster of the test's own
 * is stopped (fast shutdown) for some seconds while writers and readers keep going. During the
 * outage every request answers 503 with Retry-After within the bound, never 500, readiness is
 * DOWN and liveness UP; afterwards writes work again without a restart and every acknowledged
 * write is stored. And a pod may start before its database: the service then waits for it.
 */
class DatabaseOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(8);
    /** Longer than the pool's 5 s acquisition timeout, so that the first attempts certainly fail. */
    private static final Duration DOWN_AT_START = Duration.ofSeconds(9);

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
    void anOutageAnswers503AndRecoversWithoutARestart() throws Exception {
        assumeTrue(PackagedService.postgresBuild(), "the PostgreSQL build (-Ppostgres)");
        cluster = PrivateCluster.start();
        service = PackagedService.withPostgres(cluster.url());
        Replica replica = service.start();
        int port = replica.port();

        List<Outcome> during;
        List<Outcome> all;
        Set<Long> acknowledged;
        Duration down;
        Duration up;
        int writesAfter;
        try (FaultLoad load = FaultLoad.start(port, 4, 2, 200)) {
            Thread.sleep(3_000);
            int before = load.outcomes().size();
            cluster.stopServer();
            down = awaitReadiness(port, 503, Duration.ofSeconds(15));
            Thread.sleep(OUTAGE.toMillis());
            assertEquals(200, FaultChecks.status(port, "/q/health/live"), "liveness stays UP during the outage");
            int outageEnd = load.outcomes().size();
            cluster.startServer();
            up = awaitReadiness(port, 200, Duration.ofSeconds(30));
            int recovered = load.outcomes().size();
            Thread.sleep(4_000);
            load.close();
            all = load.outcomes();
            during = all.subList(before, outageEnd);
            writesAfter = (int) all.subList(recovered, all.size()).stream()
                    .filter(outcome -> outcome.write() && outcome.status() == 201)
                    .count();
            acknowledged = load.acknowledged();
        }
        System.out.printf(
                "PostgreSQL outage: readiness DOWN after %s, UP %s after the restart; during %s, all %s; "
                        + "longest request %s; %d acknowledged%n",
                down, up, FaultLoad.counts(during), FaultLoad.counts(all), FaultLoad.longest(all), acknowledged.size());

        assertFaultAnswers(all, Set.of(503));
        assertTrue(during.stream().anyMatch(outcome -> outcome.status() == 503), "the outage was met by requests");
        assertTrue(writesAfter > 0, "writes succeed again once the database is back, without a restart");
        assertAllStored(port, acknowledged);
    }

    @Test
    void theServiceWaitsForADatabaseThatStartsAfterIt() throws Exception {
        assumeTrue(PackagedService.postgresBuild(), "the PostgreSQL build (-Ppostgres)");
        cluster = PrivateCluster.start();
        cluster.stopServer();
        service = PackagedService.withPostgres(cluster.url());

        Replica replica = service.launch();
        Thread.sleep(DOWN_AT_START.toMillis());
        assertTrue(replica.process().isAlive(), "the service waits for its database instead of exiting");
        cluster.startServer();
        replica.awaitReady();

        assertEquals(200, FaultChecks.status(replica.port(), "/api/v1/actors/vladimir-putin"), "demo data loaded");
        Tokens.asEditor()
                .port(replica.port())
                .contentType(ContentType.JSON)
                .body("""
                        {"title":"Written after a late database","type":"AGREE","date":"1990-03-04",
                         "actors":[{"actor":"russia","role":"INITIATOR"}]}""")
                .post("/api/v1/events")
                .then()
                .statusCode(201);
    }
}
