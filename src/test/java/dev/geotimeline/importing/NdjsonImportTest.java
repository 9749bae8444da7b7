package dev.geotimeline.importing;

import static dev.geotimeline.testing.Tokens.asEditor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NdjsonImportTest {

    @Test
    void importsLineByLineAndIsIdempotent() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 1200; i++) {
            body.append("""
                    {"title":"Ndjson bulk %d","type":"COERCE","date":"1993-0%d","actors":[{"actor":"Russian Federation","role":"INITIATOR"}],"locations":["Tartous"],"externalKey":{"source":"ndjson-test","id":"%d"}}
                    """.formatted(i, 1 + i % 9, i));
            if (i % 100 == 0) {
                body.append("\n");
            }
        }
        asEditor()
                .contentType("application/x-ndjson")
                .body(body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/events/import")
                .then()
                .statusCode(200)
                .body("received", equalTo(1200))
                .body("created", equalTo(1200));
        asEditor()
                .contentType("application/x-ndjson")
                .body(body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/events/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(0))
                .body("unchanged", equalTo(1200));
        asEditor()
                .queryParam("q", "ndjson bulk")
                .queryParam("limit", 5)
                .get("/api/v1/locations/syria/timeline")
                .then()
                .statusCode(200)
                .body("items", hasSize(5));
    }

    @Test
    void badLinesAreReportedWithTheirLineNumbersAndNothingIsStored() {
        String body = """
                {"title":"Ndjson atomic ok","type":"COERCE","date":"1993","actors":[{"actor":"russia","role":"INITIATOR"}]}

                {"title":"Ndjson atomic broken", "type":
                {"title":"Ndjson atomic bad type","type":"PARTY","date":"1993","actors":[{"actor":"russia","role":"INITIATOR"}]}
                {"title":"Ndjson atomic bad date","type":"COERCE","date":"1993-02-30","actors":[{"actor":"russia","role":"INITIATOR"}]}
                """;
        asEditor()
                .contentType("application/x-ndjson")
                .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/events/import")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.line", contains(3, 4, 5))
                .body("errors.field", contains("body", "type", "date"))
                .body("detail", containsString("3 of 4 rows"));
        asEditor()
                .queryParam("q", "ndjson atomic")
                .get("/api/v1/timeline")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void oversizedJsonBodiesAre413AndWrongContentTypesAre415() {
        String big = "[" + "{\"title\":\"x\"},".repeat(800_000) + "{}]";
        asEditor()
                .contentType(ContentType.JSON)
                .body(big)
                .post("/api/v1/events/import")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
        asEditor()
                .contentType(ContentType.XML)
                .body("<events/>")
                .post("/api/v1/events/import")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        asEditor()
                .contentType(ContentType.XML)
                .body("<event/>")
                .post("/api/v1/events")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }
}
