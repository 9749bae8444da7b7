package dev.geotimeline.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The committed openapi/openapi.yaml must be exactly what the service serves.
 * After an intended API change, regenerate it with
 * {@code ./mvnw test -Dtest=OpenApiDocumentTest -Dopenapi.update=true} and commit the file.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Path COMMITTED = Path.of("openapi", "openapi.yaml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

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
    void everyOperationIsNamedAndStatesItsSecurity() throws IOException {
        JsonNode paths = YAML.readTree(COMMITTED.toFile()).get("paths");
        Set<String> operationIds = new HashSet<>();
        paths.properties()
                .forEach(path -> path.getValue().properties().forEach(method -> {
                    JsonNode operation = method.getValue();
                    String where = method.getKey() + " " + path.getKey();
                    String operationId = operation.path("operationId").asText("");
                    assertTrue(operationId.matches("[a-z][A-Za-z]+"), where + " has no operationId");
                    assertTrue(operationIds.add(operationId), where + " repeats the operationId " + operationId);
                    assertTrue(operation.has("security"), where + " states no security");
                }));
    }

    @Test
    void typedParametersAndNoPrefilledFilters() throws IOException {
        JsonNode timeline =
                YAML.readTree(COMMITTED.toFile()).at("/paths/~1api~1v1~1actors~1{actor}~1timeline/get/parameters");
        for (JsonNode parameter : timeline) {
            String name = parameter.path("name").asText();
            if (parameter.path("in").asText().equals("query")) {
                assertFalse(parameter.has("example") || parameter.has("examples"), name + " would be pre-filled");
            }
            if (parameter.at("/schema/type").asText().equals("array")) {
                assertEquals("form", parameter.path("style").asText(), name);
                assertTrue(parameter.path("explode").asBoolean(), name);
            }
        }
        JsonNode document = YAML.readTree(COMMITTED.toFile());
        for (JsonNode description : document.findValues("description")) {
            assertFalse(description.asText().contains("  "), "a run of spaces in: " + description.asText());
        }
        assertEquals("/", document.at("/servers/0/url").asText(), "a relative server");
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
