package dev.geotimeline.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committed openapi/openapi.yaml must be exactly what the service serves.
 * After an intended API change, regenerate it with
 * {@code ./mvnw test -Dtest=OpenApiDocumentTest -Dopenapi.update=true} and commit the file.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Path COMMITTED = Path.of("openapi", "openapi.yaml");

    @Test
    void committedDocumentMatchesTheServedOne() throws IOException {
        String served = given().accept("application/yaml")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        if (!Files.exists(COMMITTED)) {
            fail(COMMITTED + " is missing; generate it with -Dopenapi.update=true");
        }
        String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);
        if (!committed.equals(served)) {
            Path actual = Path.of("target", "openapi-served.yaml");
            Files.writeString(actual, served, StandardCharsets.UTF_8);
            assertEquals(
                    committed,
                    served,
                    "openapi/openapi.yaml differs from the served document (saved as " + actual
                            + "); if the change is intended, regenerate with -Dopenapi.update=true");
        }
    }

    @Test
    void everyOperationHasASummaryAndEveryPathIsDocumented() throws IOException {
        String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);
        for (String path : List.of(
                "/api/v1/actors:",
                "/api/v1/actors/{actor}:",
                "/api/v1/actors/{actor}/timeline:",
                "/api/v1/locations:",
                "/api/v1/locations/{location}:",
                "/api/v1/locations/{location}/timeline:",
                "/api/v1/events:",
                "/api/v1/events/{id}:",
                "/api/v1/events/import:",
                "/api/v1/event-types:",
                "/api/v1/timeline:")) {
            assertTrue(committed.contains("  " + path), path + " is not documented");
        }
        long operations = committed
                .lines()
                .filter(l -> l.matches("    (get|post|put|patch|delete):"))
                .count();
        long summaries =
                committed.lines().filter(l -> l.startsWith("      summary: ")).count();
        assertEquals(operations, summaries, "every operation has a summary");
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
