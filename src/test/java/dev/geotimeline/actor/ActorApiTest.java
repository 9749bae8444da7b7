package dev.geotimeline.actor;

import static dev.geotimeline.testing.Tokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActorApiTest {

    @Test
    void createReadReplaceDelete() {
        String location = asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"name":"Sergey Lavrov","kind":"PERSON","countryCode":"RU","aliases":["Sergei Lavrov"],
                         "wikidataId":"Q183256"}""")
                .when()
                .post("/api/v1/actors")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/actors/"))
                .body("slug", equalTo("sergey-lavrov"))
                .body("aliases", contains("Sergei Lavrov"))
                .body("version", equalTo(0))
                .body("createdAt", notNullValue())
                .extract()
                .header("Location");

        given().when().get(location).then().statusCode(200).body("name", equalTo("Sergey Lavrov"));
        given().when()
                .get("/api/v1/actors/sergei-lavrov")
                .then()
                .statusCode(200)
                .body("slug", equalTo("sergey-lavrov"));

        asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"name":"Sergey Lavrov","kind":"PERSON","countryCode":"RU","aliases":["Sergei Lavrov","S. V. Lavrov"]}""")
                .when()
                .put("/api/v1/actors/sergey-lavrov")
                .then()
                .statusCode(200)
                .body("aliases", contains("Sergei Lavrov", "S. V. Lavrov"))
                .body("version", equalTo(1));
        given().when().get("/api/v1/actors/s v lavrov").then().statusCode(200);

        asEditor().when().delete("/api/v1/actors/sergey-lavrov").then().statusCode(204);
        given().when()
                .get("/api/v1/actors/sergey-lavrov")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aliasesCannotIdentifyTwoActors() {
        asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"name":"Someone Else","kind":"PERSON","aliases":["Abu Mohammad al-Jolani"]}""")
                .when()
                .post("/api/v1/actors")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("aliases"))
                .body("detail", containsString("ahmad-al-sharaa"));
    }

    @Test
    void actorTakingPartInEventsCannotBeDeleted() {
        asEditor()
                .when()
                .delete("/api/v1/actors/vladimir-putin")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("event"));
    }

    @Test
    void listFiltersByNamePrefixAndKindAndPages() {
        given().queryParam("q", "jol")
                .when()
                .get("/api/v1/actors")
                .then()
                .statusCode(200)
                .body("items.slug", contains("ahmad-al-sharaa"));
        given().queryParam("kind", "state")
                .when()
                .get("/api/v1/actors")
                .then()
                .statusCode(200)
                .body("items.slug", hasItem("russia"));
        given().queryParam("limit", 2)
                .when()
                .get("/api/v1/actors")
                .then()
                .statusCode(200)
                .header("Link", containsString("rel=\"next\""))
                .body("items.size()", equalTo(2))
                .body("next", notNullValue());
        given().queryParam("kind", "WIZARD")
                .when()
                .get("/api/v1/actors")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("kind"));
    }

    @Test
    void invalidActorBodiesNameTheirFields() {
        asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"name":"","kind":"PERSON","countryCode":"Syria","wikidataId":"7747"}""")
                .when()
                .post("/api/v1/actors")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("countryCode", "name", "wikidataId"));
        asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"name":"X","kind":"EMPIRE"}""")
                .when()
                .post("/api/v1/actors")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", containsString("PERSON"));
    }
}
