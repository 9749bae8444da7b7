package dev.geotimeline.extraction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class ExtractionBadInputTest {

    @ParameterizedTest
    @CsvSource(
            nullValues = "NULL",
            value = {
                "NULL, 2025-02-13, text",
                "'   ', 2025-02-13, text",
                "TOO_LONG, 2025-02-13, text",
                "Putin met al-Sharaa on Wednesday., NULL, publishedOn",
                "Putin met al-Sharaa on Wednesday., '', publishedOn",
                "Putin met al-Sharaa on Wednesday., 13/02/2025, publishedOn",
                "Putin met al-Sharaa on Wednesday., 2025-02-30, publishedOn"
            })
    void badInputIsAProblemNamingTheField(String text, String publishedOn, String field) {
        Map<String, String> body = new HashMap<>();
        body.put("text", "TOO_LONG".equals(text) ? "word ".repeat(Extractor.MAX_TEXT_LENGTH / 5 + 1) : text);
        body.put("publishedOn", publishedOn);
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(ExtractionApiTest.EXTRACT)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }

    @org.junit.jupiter.api.Test
    void aBodyThatIsNoObjectIsABadRequest() {
        given().contentType(ContentType.JSON)
                .body("[1, 2]")
                .when()
                .post(ExtractionApiTest.EXTRACT)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
