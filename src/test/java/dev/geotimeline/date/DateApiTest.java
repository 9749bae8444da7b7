package dev.geotimeline.date;

import static dev.geotimeline.testing.Tokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class DateApiTest {

    private static final String RESOLVE = "/api/v1/dates/resolve";

    @Test
    void seedStoryWednesdayResolvesToTheDayBeforeTheReport() {
        given().queryParam("when", "Wednesday")
                .queryParam("reportedOn", "2025-02-13")
                .when()
                .get(RESOLVE)
                .then()
                .statusCode(200)
                .body("edtf", equalTo("2025-02-12"))
                .body("earliest", equalTo("2025-02-12"))
                .body("latest", equalTo("2025-02-12"))
                .body("precision", equalTo("DAY"))
                .body("approximate", equalTo(false))
                .body("rule", containsString("the latest Wednesday on or before 2025-02-13"))
                .body("tense", nullValue())
                .body("storable", equalTo(true));
    }

    @ParameterizedTest(name = "{0} on {1} (tense {2}, context {3}) -> {4}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "Monday          | 1989-11-01 | future | -                                         | 1989-11-06",
                "Monday          | 1989-11-01 | -      | The strike is set to begin Monday.        | 1989-11-06",
                "Monday          | 1989-11-01 | -      | -                                         | 1989-10-30",
                "Nov. 6          | 1989-10-30 | -      | -                                         | 1989-11-06",
                "mid-1996        | 2025-02-13 | -      | -                                         | 1996-38~",
                "spring 2025     | 2025-02-13 | -      | -                                         | 2025-21",
                "since 2015      | 2025-02-13 | -      | -                                         | 2015/..",
                "late yesterday  | 2025-02-13 | -      | -                                         | 2025-02-12",
            })
    void hintsChooseTheDirection(String when, String reportedOn, String tense, String context, String edtf) {
        var request = given().queryParam("when", when).queryParam("reportedOn", reportedOn);
        if (tense != null) {
            request.queryParam("tense", tense);
        }
        if (context != null) {
            request.queryParam("context", context);
        }
        request.when().get(RESOLVE).then().statusCode(200).body("edtf", equalTo(edtf));
    }

    @ParameterizedTest(name = "{0}={1} -> 400 naming {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "when       | sometime soon-ish",
                "when       | ' '",
                "reportedOn | 13/02/2025",
                "reportedOn | ' '",
                "tense      | present",
            })
    void badInputIsAProblemNamingTheField(String field, String value) {
        Map<String, String> params = new HashMap<>();
        params.put("when", "Wednesday");
        params.put("reportedOn", "2025-02-13");
        params.put(field, value);
        given().queryParams(params)
                .when()
                .get(RESOLVE)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }

    @Test
    void missingParametersAreNamed() {
        given().queryParam("reportedOn", "2025-02-13")
                .when()
                .get(RESOLVE)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("when"));
        given().queryParam("when", "Wednesday")
                .when()
                .get(RESOLVE)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reportedOn"));
        given().queryParam("when", "Wednesday")
                .queryParam("reportedOn", "2025-02-13")
                .queryParam("context", "x".repeat(1001))
                .when()
                .get(RESOLVE)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("context"));
    }

    @Test
    void eventsTakeTheSameHintsAndRefuseOpenIntervals() {
        int id = asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"title":"Strike date test","type":"PROTEST","when":"Monday","reportedOn":"1989-11-01",
                         "whenContext":"The strike is set to begin Monday unless a deal is reached.",
                         "actors":[{"actor":"Russia","role":"INITIATOR"}]}""")
                .when()
                .post("/api/v1/events")
                .then()
                .statusCode(201)
                .body("date.edtf", equalTo("1989-11-06"))
                .extract()
                .path("id");

        // A patch that leaves the date alone keeps it, though the hint is not stored.
        asEditor()
                .contentType("application/merge-patch+json")
                .body("{\"title\":\"Strike date test, retitled\"}")
                .when()
                .patch("/api/v1/events/" + id)
                .then()
                .statusCode(200)
                .body("date.edtf", equalTo("1989-11-06"));

        asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"title":"Tense test","type":"PROTEST","when":"Monday","reportedOn":"1989-11-01",
                         "whenTense":"past","actors":[{"actor":"Russia","role":"INITIATOR"}]}""")
                .when()
                .post("/api/v1/events")
                .then()
                .statusCode(201)
                .body("date.edtf", equalTo("1989-10-30"));

        asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"title":"Bad tense","type":"PROTEST","when":"Monday","reportedOn":"1989-11-01",
                         "whenTense":"someday","actors":[{"actor":"Russia","role":"INITIATOR"}]}""")
                .when()
                .post("/api/v1/events")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("whenTense"));

        asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"title":"Open","type":"MOBILIZE","when":"since 2015","reportedOn":"2025-02-13",
                         "actors":[{"actor":"Russia","role":"INITIATOR"}]}""")
                .when()
                .post("/api/v1/events")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("when"))
                .body("detail", containsString("open interval 2015/.."));

        asEditor().when().delete("/api/v1/events/" + id).then().statusCode(204);
    }
}
