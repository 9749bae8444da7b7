package dev.geotimeline.importing;

import static dev.geotimeline.testing.Tokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportApiTest {

    private static final String BATCH = """
            [{"title":"Import test one","type":"THREATEN","date":"1994-04-02",
              "actors":[{"actor":"Russian Federation","role":"INITIATOR"}],"locations":["Lattakia"],
              "externalKey":{"source":"import-test","id":"1"}},
             {"title":"Import test two","type":"THREATEN","when":"last month","reportedOn":"1994-05-10",
              "actors":[{"actor":"Assad","role":"INITIATOR"}],
              "externalKey":{"source":"import-test","id":"2"}}]""";

    @Test
    void reimportingCreatesNoDuplicatesAndUpdatesWhatChanged() {
        asEditor()
                .contentType(ContentType.JSON)
                .body(BATCH)
                .post("/api/v1/events/import")
                .then()
                .statusCode(200)
                .body("received", equalTo(2))
                .body("created", equalTo(2));
        asEditor()
                .contentType(ContentType.JSON)
                .body(BATCH)
                .post("/api/v1/events/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(0))
                .body("unchanged", equalTo(2));
        asEditor()
                .contentType(ContentType.JSON)
                .body(BATCH.replace("Import test two", "Import test two, revised"))
                .post("/api/v1/events/import")
                .then()
                .statusCode(200)
                .body("updated", equalTo(1))
                .body("unchanged", equalTo(1));
        given().queryParam("q", "import test")
                .queryParam("type", "THREATEN")
                .get("/api/v1/timeline")
                .then()
                .statusCode(200)
                .body("items.title", contains("Import test two, revised", "Import test one"))
                .body("items[0].date.edtf", equalTo("1994-04"));
    }

    @Test
    void aBatchWithBadRowsIsRejectedWholeAndEveryBadRowIsReported() {
        String batch = """
                [{"title":"Atomic good row","type":"RETREAT","date":"1993",
                  "actors":[{"actor":"russia","role":"INITIATOR"}]},
                 {"title":"","type":"RETREAT","date":"1993","actors":[{"actor":"russia","role":"INITIATOR"}]},
                 {"title":"Atomic third row","type":"RETREAT","date":"1993-02-29",
                  "actors":[{"actor":"russia","role":"INITIATOR"}]}]""";
        asEditor()
                .contentType(ContentType.JSON)
                .body(batch)
                .post("/api/v1/events/import")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.line", contains(2, 3))
                .body("errors.field", contains("title", "date"));
        given().queryParam("q", "atomic")
                .get("/api/v1/timeline")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
    }

    /**
     * The names of a chunk of rows are looked up together: each row still gets the actor and place that its
     * name, alias or id names, and a row naming no place or two places still gets its own reason.
     */
    @Test
    void namesLookedUpTogetherResolveAsTheyDoOneByOne() {
        String twin = "Import twin " + UUID.randomUUID().toString().substring(0, 8);
        for (String parent : List.of("syria", "russia")) {
            asEditor()
                    .contentType(ContentType.JSON)
                    .body("{\"name\":\"%s\",\"kind\":\"CITY\",\"parent\":\"%s\"}".formatted(twin, parent))
                    .post("/api/v1/locations")
                    .then()
                    .statusCode(201);
        }
        int russia = given().get("/api/v1/actors/russia")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        String tag = "nt" + UUID.randomUUID().toString().substring(0, 8);
        String rows = String.join(
                ",",
                row("aliased", "Abu Mohammad al-Jolani", "Khmeimim", tag),
                row("numbered", String.valueOf(russia), "Lattakia", tag),
                row("unknown", "Nobody known " + tag, "Damascus", tag),
                row("ambiguous", "kremlin", twin, tag),
                row("aliased again", "al-Jolani", "hmeimim-air-base", tag));
        asEditor()
                .contentType(ContentType.JSON)
                .queryParam("onError", "skip")
                .body("[" + rows + "]")
                .post("/api/v1/events/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(3))
                .body("skipped", equalTo(2))
                .body("errors.line", contains(3, 4))
                .body("errors.field", contains("actors[0].actor", "locations[0]"))
                .body("errors[0].message", containsString("no actor is known by"))
                .body("errors[1].message", containsString("names 2 locations"));
        given().queryParam("q", tag + " aliased")
                .get("/api/v1/timeline")
                .then()
                .statusCode(200)
                .body("items.actors.flatten().slug", contains("ahmad-al-sharaa", "ahmad-al-sharaa"))
                .body("items.locations.flatten().slug", contains("hmeimim-air-base", "hmeimim-air-base"));
        given().queryParam("q", tag + " numbered")
                .get("/api/v1/timeline")
                .then()
                .statusCode(200)
                .body("items.actors.flatten().slug", contains("russia"))
                .body("items.locations.flatten().slug", contains("latakia"));
    }

    private static String row(String title, String actor, String place, String tag) {
        return """
                {"title":"Named %s %s","type":"CONSULT","date":"2025-02-12",
                 "actors":[{"actor":"%s","role":"INITIATOR"}],"locations":["%s"],
                 "externalKey":{"source":"%s","id":"%s"}}""".formatted(title, tag, actor, place, tag, title);
    }
}
