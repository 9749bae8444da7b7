package dev.geotimeline.importing;

import static dev.geotimeline.testing.Tokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
}
