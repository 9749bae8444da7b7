package dev.geotimeline.security;

import static dev.geotimeline.testing.Tokens.as;
import static dev.geotimeline.testing.Tokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.geotimeline.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccessControlTest {

    private static final String EVENT = """
            {"title":"Access control test","type":"REQUEST","date":"1995",
             "actors":[{"actor":"russia","role":"INITIATOR"}]}""";

    @Test
    void readsArePublic() {
        given().when().get("/api/v1/actors/vladimir-putin/timeline").then().statusCode(200);
    }

    @Test
    void writesWithoutATokenAre401Problems() {
        given().contentType(ContentType.JSON)
                .body(EVENT)
                .when()
                .post("/api/v1/events")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401));
        given().when().delete("/api/v1/actors/kremlin").then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body("[]")
                .when()
                .post("/api/v1/events/import")
                .then()
                .statusCode(401);
    }

    @Test
    void tokensOutsideTheEditorGroupAre403Problems() {
        as("reader", "viewer")
                .contentType(ContentType.JSON)
                .body(EVENT)
                .when()
                .post("/api/v1/events")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("editor"));
    }

    @Test
    void forgedExpiredOrForeignTokensAre401() {
        String wrongIssuer = Jwt.issuer("urn:someone-else")
                .subject("x")
                .groups(Set.of("editor"))
                .sign(Tokens.privateKey());
        String expired = Jwt.issuer(Tokens.ISSUER)
                .subject("x")
                .groups(Set.of("editor"))
                .issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600))
                .sign(Tokens.privateKey());
        String tampered =
                Tokens.editorToken().replaceFirst("\\.[^.]+\\.", ".eyJzdWIiOiJ4IiwiZ3JvdXBzIjpbImVkaXRvciJdfQ.");
        for (String token : new String[] {wrongIssuer, expired, tampered, "not-a-jwt"}) {
            given().header("Authorization", "Bearer " + token)
                    .contentType(ContentType.JSON)
                    .body(EVENT)
                    .when()
                    .post("/api/v1/events")
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void theAuthorIsRecordedFromTheTokenSubject() {
        int id = as("analyst-7", "editor")
                .contentType(ContentType.JSON)
                .body(EVENT)
                .when()
                .post("/api/v1/events")
                .then()
                .statusCode(201)
                .body("createdBy", equalTo("analyst-7"))
                .body("updatedBy", equalTo("analyst-7"))
                .extract()
                .path("id");
        as("analyst-9", "editor")
                .contentType("application/merge-patch+json")
                .body("{\"summary\":\"checked\"}")
                .when()
                .patch("/api/v1/events/" + id)
                .then()
                .statusCode(200)
                .body("createdBy", equalTo("analyst-7"))
                .body("updatedBy", equalTo("analyst-9"));
        asEditor().when().delete("/api/v1/events/" + id).then().statusCode(204);
    }
}
