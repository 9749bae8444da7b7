package dev.geotimeline.demo;

import static dev.geotimeline.testing.Tokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.geotimeline.importing.ImportResult;
import dev.geotimeline.testing.DemoState;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The demo loader runs at every start ({@link DemoDataLoader#load()} is what a restart calls):
 * it never re-creates or overwrites what a user deleted or changed. The packaged service is
 * restarted for real in DemoRestartIT.
 */
@QuarkusTest
class DemoDataLoaderTest {

    private static final String CALL = "Putin and al-Sharaa hold their first phone call";
    private static final String DELEGATION = "First Russian official delegation visits Damascus since Assad's fall";
    private static final int DEMO_EVENTS = 7;

    @Inject
    DemoState demo;

    @Inject
    DemoDataLoader loader;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String databaseKind;

    @BeforeEach
    void onlyTheDemoData() {
        demo.restore();
    }

    /** These tests delete and change demo items that other classes rely on. */
    @AfterEach
    void demoDataForTheNextClass() {
        demo.restore();
    }

    @Test
    void aDeletedDemoEventStaysDeletedAndAnEditedOneStaysEdited() {
        int call = eventId(CALL);
        int delegation = eventId(DELEGATION);
        asEditor().delete("/api/v1/events/" + call).then().statusCode(204);
        asEditor()
                .contentType("application/merge-patch+json")
                .body("{\"title\":\"The delegation, as an analyst retold it\"}")
                .patch("/api/v1/events/" + delegation)
                .then()
                .statusCode(200);
        asEditor()
                .contentType("application/merge-patch+json")
                .body("{\"aliases\":[\"VVP\"]}")
                .patch("/api/v1/actors/vladimir-putin")
                .then()
                .statusCode(200);
        asEditor().delete("/api/v1/actors/mikhail-bogdanov").then().statusCode(409); // still in an event

        ImportResult again = demo.startAgain();

        assertEquals(new ImportResult(0, 0, 0, 0), again, "a restart loads nothing that was loaded before");
        given().get("/api/v1/events/" + call).then().statusCode(404);
        given().get("/api/v1/events/" + delegation)
                .then()
                .statusCode(200)
                .body("title", equalTo("The delegation, as an analyst retold it"));
        given().get("/api/v1/actors/vladimir-putin").then().statusCode(200).body("aliases", contains("VVP"));
        given().queryParam("q", "phone call")
                .get("/api/v1/timeline")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        given().queryParam("limit", 50)
                .get("/api/v1/events")
                .then()
                .statusCode(200)
                .body("items", hasSize(DEMO_EVENTS - 1));
    }

    @Test
    void aDeletedDemoActorIsNotRecreated() {
        asEditor().delete("/api/v1/events/" + eventId(CALL)).then().statusCode(204);
        // Kremlin took part only in the deleted call; once nothing names it, a user may delete it.
        asEditor().delete("/api/v1/actors/kremlin").then().statusCode(204);

        demo.startAgain();

        given().get("/api/v1/actors/kremlin").then().statusCode(404);
    }

    @Test
    void aDatabaseLoadedByAnEarlierVersionIsRecordedNotReloaded() {
        int call = eventId(CALL);
        asEditor().delete("/api/v1/events/" + call).then().statusCode(204);
        demo.forgetLoadedDemoItems(); // as a database filled before demo items were recorded

        assertEquals(new ImportResult(0, 0, 0, 0), demo.startAgain());
        assertEquals(new ImportResult(0, 0, 0, 0), demo.startAgain());
        given().queryParam("q", "phone call")
                .get("/api/v1/timeline")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void anEmptyDatabaseGetsTheWholeDemoOnce() {
        demo.wipe();
        ImportResult first = demo.startAgain();
        assertEquals(DEMO_EVENTS, first.created());
        assertEquals(new ImportResult(0, 0, 0, 0), demo.startAgain());
        given().get("/api/v1/actors/vladimir-putin/timeline")
                .then()
                .statusCode(200)
                .body("items.date.edtf", contains("2024-12-19", "2025-01-28", "2025-02-12"));
    }

    /** Replicas sharing PostgreSQL start together: each loads in its own transaction, the demo lands once. */
    @Test
    void replicasStartingTogetherLoadTheDemoOnce() throws Exception {
        assumeTrue("postgresql".equals(databaseKind), "replicas share a database only on PostgreSQL");
        demo.wipe();
        int replicas = 4;
        ExecutorService pool = Executors.newFixedThreadPool(replicas);
        List<Future<ImportResult>> starts = new ArrayList<>();
        for (int i = 0; i < replicas; i++) {
            starts.add(pool.submit((Callable<ImportResult>) loader::load));
        }
        int created = 0;
        for (Future<ImportResult> start : starts) {
            created += start.get(60, TimeUnit.SECONDS).created();
        }
        pool.shutdown();
        assertEquals(DEMO_EVENTS, created, "one replica loads the events, the others find them recorded");
        given().queryParam("limit", 50)
                .get("/api/v1/events")
                .then()
                .statusCode(200)
                .body("items", hasSize(DEMO_EVENTS));
        given().get("/api/v1/actors/vladimir-putin").then().statusCode(200);
    }

    private static int eventId(String title) {
        return given().queryParam("limit", 50)
                .get("/api/v1/events")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getInt("items.find { it.title == '%s' }.id".formatted(title.replace("'", "\\'")));
    }
}
