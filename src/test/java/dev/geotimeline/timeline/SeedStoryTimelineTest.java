package dev.geotimeline.timeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.geotimeline.testing.DemoState;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The seed story, loaded as demo data, answered through the timeline API. */
@QuarkusTest
class SeedStoryTimelineTest {

    @Inject
    DemoState demo;

    @BeforeEach
    void onlyTheDemoData() {
        demo.restore();
    }

    private static final String CALL = "Putin and al-Sharaa hold their first phone call";
    private static final String PRESS_CONFERENCE =
            "At his annual press conference Putin offers Russia's Syrian bases for humanitarian aid";
    private static final String DELEGATION = "First Russian official delegation visits Damascus since Assad's fall";
    private static final String REPOSITIONING =
            "Russia repositions its forces in Syria, concentrating at Hmeimim air base";
    private static final String TARTUS_PORT =
            "Syrian authorities end a Russian firm's contract to modernise Tartus commercial port";
    private static final String INTERVENTION =
            "Russia begins military operations in Syria in support of Bashar al-Assad";
    private static final String ASSAD_OUSTED = "Assad is ousted and flees; Russia grants him asylum";

    @Test
    void putinTimelineListsPressConferenceDelegationAndCallInOrder() {
        given().when()
                .get("/api/v1/actors/vladimir-putin/timeline")
                .then()
                .statusCode(200)
                .body("items.title", contains(PRESS_CONFERENCE, DELEGATION, CALL))
                .body("items.date.edtf", contains("2024-12-19", "2025-01-28", "2025-02-12"))
                .body("next", nullValue());
    }

    @Test
    void descendingOrderReversesTheTimeline() {
        given().queryParam("order", "desc")
                .when()
                .get("/api/v1/actors/putin/timeline")
                .then()
                .statusCode(200)
                .body("items.title", contains(CALL, DELEGATION, PRESS_CONFERENCE));
    }

    @Test
    void relativeDatesOfTheReportAreResolvedAgainstItsPublicationDay() {
        given().when()
                .get("/api/v1/actors/vladimir-putin/timeline?q=phone call")
                .then()
                .statusCode(200)
                .body("items[0].date.edtf", equalTo("2025-02-12"))
                .body("items[0].date.precision", equalTo("DAY"))
                .body("items[0].date.expression", equalTo("Wednesday"))
                .body("items[0].date.reportedOn", equalTo("2025-02-13"));
        given().when()
                .get("/api/v1/actors/assad/timeline?q=asylum")
                .then()
                .statusCode(200)
                .body("items[0].date.edtf", equalTo("2024-12-08"))
                .body("items[0].date.expression", equalTo("on 8 December"));
    }

    @Test
    void syriaTimelineIncludesEventsAtHmeimimAndTartus() {
        given().queryParam("limit", 50)
                .when()
                .get("/api/v1/locations/syria/timeline")
                .then()
                .statusCode(200)
                .body("items.title", hasItems(REPOSITIONING, TARTUS_PORT, INTERVENTION, DELEGATION, CALL));
    }

    @Test
    void includeSublocationsFalseKeepsOnlyEventsPlacedExactlyThere() {
        given().queryParam("includeSublocations", "false")
                .queryParam("to", "2024")
                .when()
                .get("/api/v1/locations/syria/timeline")
                .then()
                .statusCode(200)
                .body("items.title", contains(INTERVENTION));
    }

    @Test
    void hmeimimIsFoundByItsAlternativeSpelling() {
        given().when()
                .get("/api/v1/locations/Khmeimim/timeline")
                .then()
                .statusCode(200)
                .body("items.title", contains(REPOSITIONING, PRESS_CONFERENCE));
    }

    @Test
    void jolaniAliasFindsAlSharaasEvents() {
        for (String alias : new String[] {
            "al-Jolani",
            "Abu Mohammad al-Jolani",
            "Ahmed al-Sharaa",
            "Al Sharaa",
            "AHMAD AL-SHARAA",
            "sharaa",
            "ahmad-al-sharaa"
        }) {
            given().when()
                    .get("/api/v1/actors/{actor}/timeline", alias)
                    .then()
                    .statusCode(200)
                    .body("items.title", contains(DELEGATION, CALL));
        }
    }

    @Test
    void twoActorsTogetherMeanEventsInvolvingBoth() {
        given().queryParam("actor", "vladimir-putin")
                .queryParam("actor", "al-jolani")
                .when()
                .get("/api/v1/timeline")
                .then()
                .statusCode(200)
                .body("items.title", contains(DELEGATION, CALL));
        given().queryParam("with", "al-sharaa")
                .when()
                .get("/api/v1/actors/putin/timeline")
                .then()
                .statusCode(200)
                .body("items.title", contains(DELEGATION, CALL));
    }

    @Test
    void everythingPutinDidConcerningSyriaSinceDecember() {
        given().queryParam("location", "syria")
                .queryParam("from", "2024-12")
                .when()
                .get("/api/v1/actors/vladimir-putin/timeline")
                .then()
                .statusCode(200)
                .body("items.title", contains(PRESS_CONFERENCE, DELEGATION, CALL));
    }

    @Test
    void monthPrecisionEventsMatchARangeStartingMidMonth() {
        given().queryParam("from", "2024-12-15")
                .queryParam("to", "2024-12-31")
                .when()
                .get("/api/v1/timeline")
                .then()
                .statusCode(200)
                .body("items.title", contains(REPOSITIONING, PRESS_CONFERENCE))
                .body("items[0].date.precision", equalTo("MONTH"))
                .body("items[0].date.earliest", equalTo("2024-12-01"))
                .body("items[0].date.latest", equalTo("2024-12-31"));
    }

    @Test
    void monthEventsSortBeforeDayEventsOfTheSameMonth() {
        given().queryParam("from", "2024-12")
                .queryParam("to", "2024-12")
                .when()
                .get("/api/v1/timeline")
                .then()
                .statusCode(200)
                .body("items.title", contains(REPOSITIONING, ASSAD_OUSTED, PRESS_CONFERENCE));
        given().queryParam("from", "2025-01")
                .queryParam("to", "2025-01")
                .when()
                .get("/api/v1/timeline")
                .then()
                .statusCode(200)
                .body("items.title", contains(TARTUS_PORT, DELEGATION));
    }

    @Test
    void typeAndFullTextFiltersCombine() {
        given().queryParam("type", "CONSULT")
                .queryParam("from", "2024")
                .when()
                .get("/api/v1/timeline")
                .then()
                .statusCode(200)
                .body("items.type", everyItem(equalTo("CONSULT")))
                .body("items.title", contains(DELEGATION, CALL));
        given().queryParam("type", "SANCTION,MOBILIZE")
                .queryParam("from", "2024")
                .when()
                .get("/api/v1/timeline")
                .then()
                .statusCode(200)
                .body("items.title", contains(REPOSITIONING, TARTUS_PORT));
        given().queryParam("q", "Tartus port")
                .queryParam("from", "2024")
                .when()
                .get("/api/v1/timeline")
                .then()
                .statusCode(200)
                .body("items.title", contains(TARTUS_PORT));
        given().queryParam("q", "kremlin's")
                .queryParam("from", "2024")
                .when()
                .get("/api/v1/timeline")
                .then()
                .statusCode(200)
                .body("items.title", contains(CALL));
    }

    @Test
    void eventsCarryActorsRolesPlacesAndSources() {
        given().queryParam("q", "phone")
                .queryParam("from", "2025-02")
                .when()
                .get("/api/v1/timeline")
                .then()
                .statusCode(200)
                .body("items[0].actors.slug", contains("vladimir-putin", "ahmad-al-sharaa", "kremlin"))
                .body("items[0].actors.role", contains("INITIATOR", "TARGET", "PARTICIPANT"))
                .body("items[0].locations.slug", contains("moscow", "damascus"))
                .body("items[0].sources[0].publishedOn", equalTo("2025-02-13"))
                .body("items[0].sources[0].quote", containsString("constructive and business-like"))
                .body("items[0].tags", hasItem("phone-call"))
                .body("items[0].type", equalTo("CONSULT"));
    }

    @Test
    void unknownActorOrLocationIsAProblem404() {
        given().when()
                .get("/api/v1/actors/nobody-at-all/timeline")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("errors[0].field", equalTo("actor"));
        given().queryParam("location", "atlantis")
                .when()
                .get("/api/v1/timeline")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("location"))
                .body("detail", not(containsString("Exception")));
    }
}
