package dev.geotimeline.location;

import static dev.geotimeline.testing.Tokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Places may share a name under different parents; an ambiguous name answers the candidates. */
@QuarkusTest
class SameNamePlacesTest {

    private static int create(String body) {
        return asEditor()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/locations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void eventAt(String title, int location) {
        asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"title":"%s","type":"CONSULT","date":"2024-02-01",
                         "actors":[{"actor":"russia","role":"INITIATOR"}],"locations":["%d"]}""".formatted(title, location))
                .post("/api/v1/events")
                .then()
                .statusCode(201);
    }

    @Test
    void twoTripolisLoadAndAnAmbiguousNameListsBoth() {
        create("{\"name\":\"Lebanon\",\"kind\":\"COUNTRY\"}");
        create("{\"name\":\"Libya\",\"kind\":\"COUNTRY\"}");
        int lebanese = create("{\"name\":\"Tripoli\",\"kind\":\"CITY\",\"parent\":\"lebanon\"}");
        int libyan = create(
                "{\"name\":\"Tripoli\",\"kind\":\"CITY\",\"parent\":\"Libya\",\"latitude\":32.88,\"longitude\":13.19}");
        given().get("/api/v1/locations/" + libyan).then().statusCode(200).body("slug", equalTo("tripoli-libya"));
        eventAt("Talks in the Lebanese Tripoli", lebanese);
        eventAt("Talks in the Libyan Tripoli", libyan);

        given().get("/api/v1/locations/tripoli/timeline")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("candidates", hasSize(2))
                .body("candidates.slug", containsInAnyOrder("tripoli", "tripoli-libya"))
                .body("candidates.kind", containsInAnyOrder("CITY", "CITY"))
                .body("candidates.parent.slug", containsInAnyOrder("lebanon", "libya"))
                .body("candidates.qualifiedName", containsInAnyOrder("Tripoli, Lebanon", "Tripoli, Libya"))
                .body("errors[0].field", equalTo("location"));
        given().queryParam("location", "tripoli")
                .get("/api/v1/timeline")
                .then()
                .statusCode(409)
                .body("candidates", hasSize(2));

        given().get("/api/v1/locations/tripoli-lebanon/timeline")
                .then()
                .statusCode(200)
                .body("items.title", containsInAnyOrder("Talks in the Lebanese Tripoli"));
        given().get("/api/v1/locations/tripoli-libya/timeline")
                .then()
                .statusCode(200)
                .body("items.title", containsInAnyOrder("Talks in the Libyan Tripoli"));
        given().queryParam("location", "Tripoli, Lebanon")
                .get("/api/v1/timeline")
                .then()
                .statusCode(200)
                .body("items.title", containsInAnyOrder("Talks in the Lebanese Tripoli"));
        given().get("/api/v1/locations/Tripoli, Libya").then().statusCode(200).body("id", equalTo(libyan));

        // A qualified name works as a parent and in an event's places.
        create("{\"name\":\"Old City\",\"kind\":\"SITE\",\"parent\":\"Tripoli, Lebanon\"}");
        given().get("/api/v1/locations/Old City, Lebanon")
                .then()
                .statusCode(200)
                .body("parent.id", equalTo(lebanese));
        asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"title":"Unplaceable talks","type":"CONSULT","date":"2024-02-01",
                         "actors":[{"actor":"russia","role":"INITIATOR"}],"locations":["Tripoli"]}""")
                .post("/api/v1/events")
                .then()
                .statusCode(409)
                .body("candidates", hasSize(2));

        // Under one parent a name still names one place.
        asEditor()
                .contentType(ContentType.JSON)
                .body("{\"name\":\"Tripoli\",\"kind\":\"SITE\",\"parent\":\"libya\"}")
                .post("/api/v1/locations")
                .then()
                .statusCode(409)
                .body("detail", containsString("tripoli"));
    }
}
