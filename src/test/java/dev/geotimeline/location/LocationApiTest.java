package dev.geotimeline.location;

import static dev.geotimeline.testing.Tokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geotimeline.testing.DemoState;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LocationApiTest {

    @Inject
    DemoState demo;

    @Test
    void withNarrowsAPlaceTimelineToEventsAlsoAtTheOtherPlaces() {
        demo.restore(); // other tests add events in Syria and at Hmeimim; the demo data alone makes the counts sure
        List<Integer> atHmeimim = given().queryParam("limit", 200)
                .when()
                .get("/api/v1/locations/hmeimim-air-base/timeline")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        List<Integer> inSyria = given().queryParam("limit", 200)
                .when()
                .get("/api/v1/locations/syria/timeline")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertFalse(atHmeimim.isEmpty());
        assertTrue(inSyria.size() > atHmeimim.size(), "Syria's timeline holds more than Hmeimim's");

        given().queryParam("limit", 200)
                .queryParam("with", "Khmeimim")
                .when()
                .get("/api/v1/locations/syria/timeline")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(atHmeimim));
        given().queryParam("with", "nowhere-at-all")
                .when()
                .get("/api/v1/locations/syria/timeline")
                .then()
                .statusCode(404)
                .body("errors[0].field", equalTo("location"));
    }

    @Test
    void nestedPlacesAndTheirTimelinesFollowAMove() {
        create("""
                {"name":"Aleppo Governorate","kind":"REGION","parent":"syria","countryCode":"SY"}""");
        create("""
                {"name":"Kuweires air base","kind":"MILITARY_BASE","parent":"aleppo-governorate","latitude":36.187,"longitude":37.583}""");
        asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"title":"Test deployment at Kuweires","type":"MOBILIZE","date":"2016-01",
                         "actors":[{"actor":"russian-military","role":"INITIATOR"}],"locations":["kuweires-air-base"]}""")
                .when()
                .post("/api/v1/events")
                .then()
                .statusCode(201);

        given().queryParam("q", "Kuweires")
                .when()
                .get("/api/v1/locations/syria/timeline")
                .then()
                .statusCode(200)
                .body("items.title", contains("Test deployment at Kuweires"));

        // Moving the governorate under Russia (absurd, but a valid move) moves its events' scope too.
        asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"name":"Aleppo Governorate","kind":"REGION","parent":"russia","countryCode":"SY"}""")
                .when()
                .put("/api/v1/locations/aleppo-governorate")
                .then()
                .statusCode(200)
                .body("parent.slug", equalTo("russia"));
        given().queryParam("q", "Kuweires")
                .when()
                .get("/api/v1/locations/syria/timeline")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0));
        given().queryParam("q", "Kuweires")
                .when()
                .get("/api/v1/locations/russia/timeline")
                .then()
                .statusCode(200)
                .body("items.title", contains("Test deployment at Kuweires"));
        given().queryParam("within", "russia")
                .when()
                .get("/api/v1/locations")
                .then()
                .statusCode(200)
                .body("items.slug", hasItems("moscow", "aleppo-governorate", "kuweires-air-base"));
    }

    @Test
    void aPlaceCannotBeMovedInsideItself() {
        asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"name":"Syria","kind":"COUNTRY","parent":"hmeimim-air-base","countryCode":"SY"}""")
                .when()
                .put("/api/v1/locations/syria")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("parent"))
                .body("detail", containsString("cannot contain itself"));
        asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"name":"Syria","kind":"COUNTRY","parent":"syria"}""")
                .when()
                .put("/api/v1/locations/syria")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("parent"));
    }

    @Test
    void parentMustExistAndCoordinatesMustBeValid() {
        asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"name":"Nowhere","kind":"CITY","parent":"atlantis"}""")
                .when()
                .post("/api/v1/locations")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("parent"));
        asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"name":"Offworld","kind":"SITE","latitude":91.0,"longitude":200.5}""")
                .when()
                .post("/api/v1/locations")
                .then()
                .statusCode(400)
                .body("errors.field", contains("latitude", "longitude"));
        asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"name":"Half located","kind":"SITE","latitude":10.0}""")
                .when()
                .post("/api/v1/locations")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("longitude"));
    }

    @Test
    void locationsInUseOrWithChildrenCannotBeDeleted() {
        asEditor()
                .when()
                .delete("/api/v1/locations/syria")
                .then()
                .statusCode(409)
                .body("detail", containsString("contains"));
        asEditor()
                .when()
                .delete("/api/v1/locations/hmeimim-air-base")
                .then()
                .statusCode(409)
                .body("detail", containsString("event"));
    }

    @Test
    void aliasesFindPlaces() {
        given().when().get("/api/v1/locations/Tartous").then().statusCode(200).body("slug", equalTo("tartus"));
        given().when()
                .get("/api/v1/locations/khmeimim")
                .then()
                .statusCode(200)
                .body("parent.slug", equalTo("latakia"))
                .body("latitude", equalTo(35.4011f));
    }

    private static void create(String body) {
        asEditor()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/locations")
                .then()
                .statusCode(201);
    }
}
