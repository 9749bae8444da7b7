package dev.geotimeline.ops;

import static dev.geotimeline.testing.Tokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

    private static final Pattern CREATED =
            Pattern.compile("geotimeline_events_stored_total\\{[^}]*operation=\"created\"[^}]*} ([0-9.]+)");

    @Test
    void readinessChecksTheDatabase() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name.contains('Database') }.status", equalTo("UP"))
                // In memory there is no H2 file whose volume could fill up; DiskFullIT covers the file.
                .body("checks.find { it.name == 'Database disk space' }.status", equalTo("UP"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsCountStoredEventsAndTimeHttpRequests() {
        double before = createdCount();
        asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"title":"Metrics test","type":"PROTEST","date":"1991",
                         "actors":[{"actor":"russia","role":"INITIATOR"}]}""")
                .post("/api/v1/events")
                .then()
                .statusCode(201);
        assertTrue(createdCount() >= before + 1, "counter grows with stored events");
        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
    }

    @Test
    void corsAllowsConfiguredFrontEndOrigins() {
        given().header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "GET")
                .when()
                .options("/api/v1/timeline")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Expose-Headers", containsString("Link"));
        given().header("Origin", "http://localhost:5173")
                .when()
                .get("/api/v1/event-types")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173");
    }

    private static double createdCount() {
        String metrics = given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Matcher matcher = CREATED.matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
