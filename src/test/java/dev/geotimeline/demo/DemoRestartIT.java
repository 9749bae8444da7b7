package dev.geotimeline.demo;

import static dev.geotimeline.testing.Tokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.geotimeline.testing.PackagedService;
import dev.geotimeline.testing.PackagedService.Replica;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The packaged service restarted for real: users' changes to the demo data survive every start. */
class DemoRestartIT {

    private static final String CALL = "Putin and al-Sharaa hold their first phone call";
    private static final String DELEGATION = "First Russian official delegation visits Damascus since Assad's fall";

    private PackagedService service;

    @AfterEach
    void stopEverything() {
        service.close();
    }

    @Test
    void aDeletedDemoEventStaysDeletedAndAnEditedOneStaysEditedAcrossRestarts() throws Exception {
        service = PackagedService.withNewDatabase();
        Replica first = service.start();
        int call = eventId(first, CALL);
        int delegation = eventId(first, DELEGATION);
        asEditor().port(first.port()).delete("/api/v1/events/" + call).then().statusCode(204);
        asEditor()
                .port(first.port())
                .contentType("application/merge-patch+json")
                .body("{\"title\":\"Delegation to Damascus, as edited\",\"summary\":\"An analyst's wording.\"}")
                .patch("/api/v1/events/" + delegation)
                .then()
                .statusCode(200);
        first.stop();

        for (int restart = 0; restart < 2; restart++) {
            Replica again = service.start();
            given().port(again.port()).get("/api/v1/events/" + call).then().statusCode(404);
            given().port(again.port())
                    .get("/api/v1/events/" + delegation)
                    .then()
                    .statusCode(200)
                    .body("title", equalTo("Delegation to Damascus, as edited"))
                    .body("summary", equalTo("An analyst's wording."));
            given().port(again.port())
                    .get("/api/v1/actors/vladimir-putin/timeline")
                    .then()
                    .statusCode(200)
                    .body(
                            "items.title",
                            contains(
                                    "At his annual press conference Putin offers Russia's Syrian bases for humanitarian aid",
                                    "Delegation to Damascus, as edited"));
            again.stop();
        }
    }

    @Test
    void replicasStartingTogetherOnOneDatabaseLoadTheDemoOnce() throws Exception {
        service = PackagedService.withNewDatabase();
        assumeTrue(service.onPostgres(), "only PostgreSQL is shared by replicas; H2 locks its file to one process");
        List<Replica> replicas = List.of(service.launch(), service.launch(), service.launch());
        for (Replica replica : replicas) {
            replica.awaitReady();
        }
        for (Replica replica : replicas) {
            given().port(replica.port())
                    .queryParam("limit", 50)
                    .get("/api/v1/events")
                    .then()
                    .statusCode(200)
                    .body("items", hasSize(7));
            given().port(replica.port())
                    .get("/api/v1/actors/al-jolani/timeline")
                    .then()
                    .statusCode(200)
                    .body("items", hasSize(2));
        }
    }

    private static int eventId(Replica replica, String title) {
        return given().port(replica.port())
                .queryParam("limit", 50)
                .get("/api/v1/events")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getInt("items.find { it.title == \"%s\" }.id".formatted(title));
    }
}
