package dev.geotimeline.event;

import static dev.geotimeline.testing.Tokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventApiTest {

    @Test
    void createWithRelativeDateThenReplaceDelete() {
        int id = asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"title":"Lavrov test talks","type":"CONSULT","when":"last week","reportedOn":"1998-03-12",
                         "actors":[{"actor":"Russia","role":"INITIATOR"},{"actor":"Syrian Arab Republic","role":"TARGET"}],
                         "locations":["Dimashq"],
                         "sources":[{"url":"https://example.org/a","publisher":"Example","publishedOn":"1998-03-12"}],
                         "tags":["talks"]}""")
                .when()
                .post("/api/v1/events")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/events/"))
                .body("date.edtf", equalTo("1998-03-02/1998-03-08"))
                .body("date.precision", equalTo("INTERVAL"))
                .body("date.expression", equalTo("last week"))
                .body("date.reportedOn", equalTo("1998-03-12"))
                .body("actors.slug", contains("russia", "syria"))
                .body("locations.slug", contains("damascus"))
                .extract()
                .path("id");

        given().when().get("/api/v1/events/" + id).then().statusCode(200).body("title", equalTo("Lavrov test talks"));

        asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"title":"Lavrov test talks, corrected","type":"CONSULT","date":"1998-03~",
                         "actors":[{"actor":"russia","role":"INITIATOR"}]}""")
                .when()
                .put("/api/v1/events/" + id)
                .then()
                .statusCode(200)
                .body("date.edtf", equalTo("1998-03~"))
                .body("date.approximate", equalTo(true))
                .body("date.expression", nullValue())
                .body("locations", hasSize(0))
                .body("version", equalTo(1));

        asEditor().when().delete("/api/v1/events/" + id).then().statusCode(204);
        given().when().get("/api/v1/events/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    /** Actors and places that swap positions: each row's key (event, actor) is held by another row meanwhile. */
    @Test
    void actorsAndPlacesCanBeReorderedByPatchAndByImport() {
        String event = """
                {"title":"Reorder test talks","type":"CONSULT","date":"1998-04-02",
                 "actors":[{"actor":"russia","role":"INITIATOR"},{"actor":"syria","role":"TARGET"},
                           {"actor":"putin","role":"PARTICIPANT"}],
                 "locations":["damascus","hmeimim-air-base"],
                 "externalKey":{"source":"reorder-test","id":"1"}}""";
        int id = asEditor()
                .contentType(ContentType.JSON)
                .body(event)
                .post("/api/v1/events")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        asEditor()
                .contentType("application/merge-patch+json")
                .body("""
                        {"actors":[{"actor":"putin","role":"INITIATOR"},{"actor":"russia","role":"TARGET"}],
                         "locations":["hmeimim-air-base","damascus"]}""")
                .patch("/api/v1/events/" + id)
                .then()
                .statusCode(200)
                .body("actors.slug", contains("vladimir-putin", "russia"))
                .body("actors.role", contains("INITIATOR", "TARGET"))
                .body("locations.slug", contains("hmeimim-air-base", "damascus"));

        asEditor()
                .contentType(ContentType.JSON)
                .body("[" + event + "]")
                .post("/api/v1/events/import")
                .then()
                .statusCode(200);
        given().get("/api/v1/events/" + id)
                .then()
                .statusCode(200)
                .body("actors.slug", contains("russia", "syria", "vladimir-putin"))
                .body("locations.slug", contains("damascus", "hmeimim-air-base"));
        given().get("/api/v1/timeline?actor=putin&actor=syria&q=reorder")
                .then()
                .statusCode(200)
                .body("items.id", contains(id));

        asEditor().delete("/api/v1/events/" + id).then().statusCode(204);
    }

    @Test
    void reportDateDefaultsToTheEarliestSource() {
        asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"title":"Yesterday test","type":"REQUEST","when":"yesterday",
                         "actors":[{"actor":"kremlin","role":"INITIATOR"}],
                         "sources":[{"url":"https://example.org/b","publishedOn":"1997-06-02"},
                                    {"url":"https://example.org/c","publishedOn":"1997-05-20"}]}""")
                .when()
                .post("/api/v1/events")
                .then()
                .statusCode(201)
                .body("date.edtf", equalTo("1997-05-19"))
                .body("date.reportedOn", equalTo("1997-05-20"));
    }

    @Test
    void unresolvableRelativeDatesAreRejectedNotGuessed() {
        asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"title":"Vague","type":"REQUEST","when":"sometime soon-ish","reportedOn":"2025-02-13",
                         "actors":[{"actor":"kremlin","role":"INITIATOR"}]}""")
                .when()
                .post("/api/v1/events")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("when"))
                .body("errors[0].message", containsString("sometime soon-ish"));
        asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"title":"No reference","type":"REQUEST","when":"Wednesday",
                         "actors":[{"actor":"kremlin","role":"INITIATOR"}]}""")
                .when()
                .post("/api/v1/events")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reportedOn"));
        asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"title":"Both","type":"REQUEST","when":"Wednesday","date":"2025-02-12",
                         "actors":[{"actor":"kremlin","role":"INITIATOR"}]}""")
                .when()
                .post("/api/v1/events")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("when"));
    }

    @Test
    void invalidEventsNameEveryBadField() {
        asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"title":"","type":"CONSULT","date":"2025-02-30","actors":[]}""")
                .when()
                .post("/api/v1/events")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("actors", "title"));
        asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"title":"Bad date","type":"CONSULT","date":"2025-02-30",
                         "actors":[{"actor":"kremlin","role":"INITIATOR"}]}""")
                .when()
                .post("/api/v1/events")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("date"))
                .body("errors[0].message", containsString("2025-02-30"));
        asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"title":"Unknown actor","type":"CONSULT","date":"2025-02-10",
                         "actors":[{"actor":"kremlin","role":"INITIATOR"},{"actor":"Nobody Known","role":"TARGET"}]}""")
                .when()
                .post("/api/v1/events")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("actors[1].actor"));
        asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"title":"Bad role","type":"CONSULT","date":"2025-02-10",
                         "actors":[{"actor":"kremlin","role":"BYSTANDER"}]}""")
                .when()
                .post("/api/v1/events")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("actors[0].role"))
                .body("errors[0].message", containsString("INITIATOR"));
        asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"title":"Twice","type":"CONSULT","date":"2025-02-10",
                         "actors":[{"actor":"kremlin","role":"INITIATOR"},{"actor":"Presidential Administration of Russia","role":"TARGET"}]}""")
                .when()
                .post("/api/v1/events")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("actors[1].actor"));
    }

    @Test
    void malformedJsonAndUnknownPropertiesAreClearProblems() {
        asEditor()
                .log()
                .ifValidationFails()
                .contentType(ContentType.JSON)
                .body("{\"title\": \"x\", ")
                .when()
                .post("/api/v1/events")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"))
                .body("detail", not(containsString("com.fasterxml")));
        asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"title":"x","type":"CONSULT","date":"2025","actors":[{"actor":"kremlin","role":"INITIATOR"}],"colour":"red"}""")
                .when()
                .post("/api/v1/events")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("colour"))
                .body("errors[0].message", containsString("unknown property"));
        asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"title":"x","type":"CONSULT","date":"2025","reportedOn":"yesterday","actors":[{"actor":"kremlin","role":"INITIATOR"}]}""")
                .when()
                .post("/api/v1/events")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reportedOn"));
    }

    @Test
    void nulCharactersInTextAreRefusedOnEveryDatabase() {
        asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"title":"Nul\\u0000title","type":"CONSULT","date":"2025","actors":[{"actor":"kremlin","role":"INITIATOR"}]}""")
                .when()
                .post("/api/v1/events")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("title"))
                .body("errors[0].message", containsString("NUL"));
    }

    @Test
    void unknownEventIsA404AndNonNumericIdToo() {
        given().when().get("/api/v1/events/999999999").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/events/abc").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void eventTypesAreListedWithDescriptions() {
        given().when()
                .get("/api/v1/event-types")
                .then()
                .statusCode(200)
                .body("size()", equalTo(16))
                .body("find { it.type == 'CONSULT' }.description", containsString("call"));
    }
}
