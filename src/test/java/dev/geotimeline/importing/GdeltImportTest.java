package dev.geotimeline.importing;

import static dev.geotimeline.testing.Tokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GdeltImportTest {

    private static ValidatableResponse post(String tsv, String... query) {
        var request = asEditor().contentType("text/tab-separated-values").body(tsv.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < query.length; i += 2) {
            request.queryParam(query[i], query[i + 1]);
        }
        return request.post("/api/v1/events/import").then();
    }

    private static final String FIGHT = "items.find { it.externalKey.id == '9200000001' }.";

    @Test
    void aGdeltExportImportsAndAReimportChangesNothing() {
        String tsv = DatasetFiles.gdelt("92000000");
        post(tsv).statusCode(200).body("received", equalTo(3)).body("created", equalTo(3));
        post(tsv).statusCode(200).body("created", equalTo(0)).body("unchanged", equalTo(3));

        given().queryParam("q", "gull harbour fighting freedonian military")
                .queryParam("limit", 50)
                .get("/api/v1/timeline")
                .then()
                .statusCode(200)
                .body(FIGHT + "type", equalTo("ASSAULT"))
                .body(FIGHT + "title", equalTo("Fighting: FREEDONIA and FREEDONIAN MILITARY in Gull Harbour"))
                .body(FIGHT + "date.edtf", equalTo("2024-03-09"))
                .body(FIGHT + "actors.role", contains("INITIATOR", "TARGET"))
                .body(FIGHT + "sources[0].url", equalTo("https://example.org/news/gull-harbour-fighting"))
                .body(FIGHT + "sources[0].publishedOn", equalTo("2024-03-09"));
        given().get("/api/v1/locations/Gull Harbour, Freedonia")
                .then()
                .statusCode(200)
                .body("kind", equalTo("CITY"))
                .body("parent.name", equalTo("Tern Province"))
                .body("latitude", equalTo(11.5f));
        given().get("/api/v1/actors/freedonian-military").then().statusCode(200).body("kind", equalTo("GOVERNMENT"));
        given().queryParam("limit", 50)
                .get("/api/v1/actors/sylvanian-rebels/timeline")
                .then()
                .statusCode(200)
                .body("items.type", hasSize(1))
                .body("items[0].type", equalTo("PROTEST"))
                .body("items[0].actors.role", contains("TARGET"))
                .body("items[0].locations.name", contains("Tern Province"));
        given().queryParam("q", "consultation freedonian government sylvania")
                .get("/api/v1/timeline")
                .then()
                .statusCode(200)
                .body("items.type", containsInAnyOrder("CONSULT"))
                .body("items[0].locations.name", contains("Freedonia"));
    }

    @Test
    void malformedRowsAreLineErrorsAndCrlfOrAByteOrderMarkChangeNothing() {
        String good = DatasetFiles.gdelt("93000000");
        String[] rows = good.split("\n");
        String badRoot = rows[1].replace("\t04\t1\t", "\t27\t1\t");
        String badDate = rows[2].replace("\t20240311\t", "\t20240231\t");
        String truncated = rows[0].substring(0, rows[0].indexOf("\tGull Harbour"));
        String tsv = "\uFEFF" + String.join("\r\n", rows[0], badRoot, badDate, truncated);
        post(tsv)
                .statusCode(400)
                .body("errors.line", contains(2, 3, 4))
                .body("errors.field", contains("EventRootCode", "SQLDATE", "row"))
                .body("errors[2].message", containsString("a GDELT 2.0 event row has 61"));
        post(tsv, "onError", "skip")
                .statusCode(200)
                .body("created", equalTo(1))
                .body("skipped", equalTo(3))
                .body("errors.line", contains(2, 3, 4));
        post(tsv, "onError", "skip").statusCode(200).body("created", equalTo(0)).body("unchanged", equalTo(1));
    }
}
