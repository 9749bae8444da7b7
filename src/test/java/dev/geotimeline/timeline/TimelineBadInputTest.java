package dev.geotimeline.timeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every class of bad timeline parameter gets a 400 problem naming the parameter. */
@QuarkusTest
class TimelineBadInputTest {

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "from|2025-02-30|not a valid calendar date",
                "from|yesterday-ish|",
                "to|2025-13|",
                "from|20250212|",
                "limit|0|limit must be a whole number from 1 to 200",
                "limit|201|from 1 to 200",
                "limit|ten|from 1 to 200",
                "order|sideways|asc",
                "type|WAR|is not a valid type; use one of AGREE",
                "cursor|not-a-cursor|not a cursor",
                "cursor|djE6YWJjOmRlZg|not a cursor",
                "includeSublocations|maybe|true",
                "q|the of and|no searchable words",
            })
    void rejectsBadParameter(String parameter, String value, String message) {
        given().queryParam(parameter, value)
                .when()
                .get("/api/v1/timeline")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo(parameter))
                .body("errors[0].message", containsString(message == null ? "" : message))
                .body("detail", not(containsString("Exception")));
    }

    @org.junit.jupiter.api.Test
    void invertedRangeNamesTo() {
        given().queryParam("from", "2025-02")
                .queryParam("to", "2024-12")
                .when()
                .get("/api/v1/actors/putin/timeline")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("to"))
                .body("detail", containsString("before"));
    }

    @org.junit.jupiter.api.Test
    void unknownPathIsAProblemToo() {
        given().when().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
        given().when().patch("/api/v1/event-types").then().statusCode(405).contentType("application/problem+json");
    }
}
