package dev.geotimeline.importing;

import static dev.geotimeline.testing.Tokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AcledImportTest {

    private static ValidatableResponse post(String csv, String... query) {
        var request = asEditor().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < query.length; i += 2) {
            request.queryParam(query[i], query[i + 1]);
        }
        return request.post("/api/v1/events/import").then();
    }

    private static ValidatableResponse timeline(String word) {
        return given().queryParam("q", word)
                .queryParam("limit", 50)
                .get("/api/v1/timeline")
                .then()
                .statusCode(200);
    }

    @Test
    void anAcledExportImportsWithItsPlacesActorsAndTypesAndAReimportChangesNothing() {
        String csv = DatasetFiles.acled("AIB", "acledbasic");
        post(csv).statusCode(200).body("received", equalTo(6)).body("created", equalTo(6));
        post(csv)
                .statusCode(200)
                .body("created", equalTo(0))
                .body("updated", equalTo(0))
                .body("unchanged", equalTo(6));

        timeline("acledbasic")
                .body("items", hasSize(5)) // the riot row has no notes, so no summary with the word
                .body("items.externalKey.id", containsInAnyOrder("AIB1", "AIB2", "AIB3", "AIB4", "AIB5"));
        ValidatableResponse clash = timeline("acledbasic clashed");
        clash.body("items", hasSize(1))
                .body("items[0].type", equalTo("ASSAULT"))
                .body(
                        "items[0].title",
                        equalTo(
                                "Armed clash: Military Forces of Freedonia (2019-) and Sylvanian Liberation Front in Marsa"))
                .body("items[0].date.edtf", equalTo("2023-04-01"))
                .body("items[0].actors.role", contains("INITIATOR", "TARGET"))
                .body("items[0].sources[0].url", equalTo("urn:acled:AIB1"))
                .body("items[0].sources[0].publisher", equalTo("Freedonia Daily"))
                .body("items[0].externalKey.source", equalTo("acled"));
        timeline("acledbasic marched")
                .body("items[0].type", equalTo("PROTEST"))
                .body("items[0].date.edtf", equalTo("2023-04~"))
                .body("items[0].summary", containsString("teachers said \"enough\", and marched"))
                .body("items[0].actors.role", contains("INITIATOR", "PARTICIPANT", "PARTICIPANT"))
                .body("items[0].actors.name", hasItem("Students (Freedonia)"));
        timeline("acledbasic ceasefire")
                .body("items[0].type", equalTo("AGREE"))
                .body("items[0].date.edtf", equalTo("2023~"));
        timeline("acledbasic abducted")
                .body("items[0].type", equalTo("COERCE"))
                .body("items[0].summary", containsString("abducted.\nTheir families"));

        // The place hierarchy, with the coordinates on the leaf; two villages called Marsa stay apart.
        given().queryParam("within", "freedonia")
                .queryParam("limit", 100)
                .get("/api/v1/locations")
                .then()
                .statusCode(200)
                .body("items.name", hasItem("North Coast"))
                .body("items.name", hasItem("Marsa District"))
                .body("items.findAll { it.name == 'Marsa' }", hasSize(2));
        given().get("/api/v1/locations/Marsa, South Hills")
                .then()
                .statusCode(200)
                .body("kind", equalTo("CITY"))
                .body("latitude", equalTo(10.1f))
                .body("parent.name", equalTo("South Hills"));
        given().get("/api/v1/locations/marsa").then().statusCode(409).body("candidates", hasSize(2));
        given().get("/api/v1/actors/sylvanian-liberation-front")
                .then()
                .statusCode(200)
                .body("kind", equalTo("ARMED_GROUP"));
        given().get("/api/v1/actors/military-forces-of-freedonia-2019")
                .then()
                .statusCode(200)
                .body("kind", equalTo("GOVERNMENT"));
    }

    @Test
    void crlfByteOrderMarkAndQuotedLineBreaksReadLikeAnyOtherFile() {
        String csv = "\uFEFF" + DatasetFiles.acled("AIM", "acledmessy").replace("\n", "\r\n");
        post(csv).statusCode(200).body("created", equalTo(6));
        timeline("acledmessy abducted").body("items[0].summary", containsString("abducted.\nTheir families"));
    }

    @Test
    void aTruncatedLastRowRejectsTheFileOrIsSkippedWithItsLine() {
        String full = DatasetFiles.acled("AIT", "acledtruncated");
        String truncated = full.substring(0, full.lastIndexOf(",Sylvania Post"));
        // Rows start on lines 2-6, 8 (the fifth row holds a quoted line break); the sixth is cut.
        post(truncated)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.line", contains(8))
                .body("errors.field", contains("row"))
                .body("errors[0].message", containsString("the header has 31"));
        timeline("acledtruncated").body("items", hasSize(0));

        post(truncated, "onError", "skip")
                .statusCode(200)
                .body("received", equalTo(6))
                .body("created", equalTo(5))
                .body("skipped", equalTo(1))
                .body("errors.line", contains(8));
        timeline("acledtruncated").body("items", hasSize(5));
    }

    @Test
    void aQuoteLeftOpenByATruncatedFileIsReported() {
        String full = DatasetFiles.acled("AIQ", "acledopenquote");
        String cut = full.substring(0, full.indexOf("Their families"));
        post(cut)
                .statusCode(400)
                .body("errors.line", contains(6))
                .body("errors[0].message", containsString("not closed by the end of the file"));
    }

    @Test
    void badDatesUnknownTypesAndBadCoordinatesAreLineErrors() {
        String csv = DatasetFiles.acled("AIX", "acledbad")
                .replace("9-Apr-23", "31-Apr-23")
                .replace("Political violence,Explosions/Remote violence", "Political violence,Earthquakes")
                .replace(
                        "-3.2500,-60.7500,1,Sylvania Post,National,\"Invented",
                        "-93.0,-60.7500,1,Sylvania Post,National,\"Invented");
        post(csv)
                .statusCode(400)
                .body("errors.line", contains(3, 5, 6))
                .body("errors.field", contains("event_date", "event_type", "latitude"))
                .body("detail", containsString("3 of 6 rows"));
        timeline("acledbad").body("items", hasSize(0));

        post(csv, "onError", "skip").statusCode(200).body("created", equalTo(3)).body("skipped", equalTo(3));
    }

    @Test
    void spreadsheetDatesAndPrecisionsAreRead() {
        String header =
                "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,country,location,notes\n";
        String csv = header
                + "AIDATE1,9-May-20,1,Protests,Peaceful protest,Protesters (Freedonia),Freedonia,Marsa City,aciddates one\n"
                + "AIDATE2,09 May 2020,2,Protests,Peaceful protest,Protesters (Freedonia),Freedonia,Marsa City,aciddates two\n"
                + "AIDATE3,2020-05-09,3,Protests,Peaceful protest,Protesters (Freedonia),Freedonia,Marsa City,aciddates three\n"
                + "AIDATE4,2020-05-09,4,Protests,Peaceful protest,Protesters (Freedonia),Freedonia,Marsa City,aciddates four\n";
        post(csv).statusCode(400).body("errors.line", contains(5)).body("errors.field", contains("time_precision"));
        post(csv, "onError", "skip").statusCode(200).body("created", equalTo(3));
        given().queryParam("q", "aciddates")
                .queryParam("order", "asc")
                .get("/api/v1/timeline")
                .then()
                .statusCode(200)
                .body("items.date.edtf", containsInAnyOrder("2020-05-09", "2020-05~", "2020~"));
    }

    @Test
    void aFileWithoutTheAcledColumnsIsRejectedAtItsHeader() {
        post("id,date,what\n1,2020-01-01,something\n")
                .statusCode(400)
                .body("errors[0].field", equalTo("header"))
                .body("errors[0].message", containsString("event_id_cnty"));
        post("").statusCode(400).body("errors[0].field", equalTo("body"));
    }

    @Test
    void theFormatParameterChoosesTheLayout() {
        // GDELT names its tab-separated exports .CSV, so they may well arrive as text/csv.
        asEditor()
                .contentType("text/csv")
                .queryParam("format", "gdelt")
                .body(DatasetFiles.gdelt("94000000")
                        .lines()
                        .findFirst()
                        .orElseThrow()
                        .getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/events/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(1));
        asEditor()
                .contentType("text/csv")
                .queryParam("format", "xlsx")
                .body("x".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/events/import")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("format"));
        // A text/csv body with other columns than ACLED's is refused at its header (not a 415).
        post("title,type\nx,CONSULT\n").statusCode(400).body("errors[0].field", equalTo("header"));
    }
}
