package dev.geotimeline.timeline;

import static dev.geotimeline.testing.Tokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.geotimeline.testing.DemoState;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The volume histogram: counts per bucket, one series per date precision, with the timeline's filters. */
@QuarkusTest
class HistogramApiTest {

    private static final String WORD = "volumetric";

    @Inject
    DemoState demo;

    @BeforeEach
    void onlyTheDemoData() {
        demo.restore();
    }

    @Test
    void dayBucketsKeepMonthAndYearDatesInSeriesOfTheirOwn() {
        create("2025-02-12", "2025-02-12", "2025-02", "2025", "2025~");
        given().queryParam("q", WORD)
                .queryParam("interval", "day")
                .get("/api/v1/timeline/histogram")
                .then()
                .statusCode(200)
                .body(equalTo("""
                        {"interval":"day","total":5,"series":[\
                        {"precision":"DAY","label":"day","buckets":[{"start":"2025-02-12","end":"2025-02-12","count":2}]},\
                        {"precision":"MONTH","label":"month only","buckets":[{"start":"2025-02-01","end":"2025-02-28","count":1}]},\
                        {"precision":"YEAR","label":"year only","buckets":[{"start":"2025-01-01","end":"2025-12-31","count":2}]}]}"""));
    }

    @Test
    void monthBucketsHoldDayAndMonthDatesAndYearBucketsHoldEverythingInsideAYear() {
        create(
                "2025-02-12",
                "2025-02-28",
                "2025-02",
                "2025-03-01",
                "2025",
                "2025-21",
                "2025-24",
                "2025-03-30/2025-04-02");
        JsonPath month = histogram("month");
        month.prettyPrint();
        assertSeries(
                month,
                "MONTH",
                "month",
                List.of(List.of("2025-02-01", "2025-02-28", 3), List.of("2025-03-01", "2025-03-31", 1)));
        assertSeries(
                month,
                "SUBYEAR",
                "season or part of year only",
                List.of(List.of("2024-12-01", "2025-02-28", 1), List.of("2025-03-01", "2025-05-31", 1)));
        assertSeries(month, "YEAR", "year only", List.of(List.of("2025-01-01", "2025-12-31", 1)));
        assertSeries(month, "INTERVAL", "interval across buckets", List.of(List.of("2025-03-30", "2025-04-02", 1)));
        given().queryParam("q", WORD)
                .queryParam("interval", "month")
                .get("/api/v1/timeline/histogram")
                .then()
                .body("total", equalTo(8))
                .body("series.precision", contains("MONTH", "SUBYEAR", "YEAR", "INTERVAL"));

        JsonPath year = histogram("year");
        // Winter 2025 (December 2024 to February 2025) crosses a new year: it keeps its own series.
        assertSeries(year, "YEAR", "year", List.of(List.of("2025-01-01", "2025-12-31", 7)));
        assertSeries(year, "SUBYEAR", "season or part of year only", List.of(List.of("2024-12-01", "2025-02-28", 1)));
    }

    @Test
    void weeksAreIsoWeeksStartingOnMonday() {
        create("2025-02-09", "2025-02-10", "2025-02-16", "2025-02-17", "2025-02-10/2025-02-16");
        JsonPath week = histogram("week");
        // Sunday 9 February ends the week of Monday 3 February; the interval is exactly one ISO week.
        assertSeries(
                week,
                "WEEK",
                "week",
                List.of(
                        List.of("2025-02-03", "2025-02-09", 1),
                        List.of("2025-02-10", "2025-02-16", 3),
                        List.of("2025-02-17", "2025-02-23", 1)));
        given().queryParam("q", WORD)
                .queryParam("interval", "week")
                .get("/api/v1/timeline/histogram")
                .then()
                .body("series.size()", equalTo(1));
    }

    /**
     * Weeks, months and years are the calendar's on both sides of 1970 and of the Gregorian reform, through the
     * word index and through the counts kept per actor.
     */
    @Test
    void weeksMonthsAndYearsFollowTheCalendarAcross1970AndTheGregorianReform() {
        create(
                "1582-10-15",
                "1582-10-17",
                "1582-10-18",
                "1969-12-28",
                "1969-12-29",
                "1969-12",
                "1970-01-04",
                "1970-01-05");
        for (String filter : List.of("q=" + WORD, "actor=russia&to=1970-12")) {
            JsonPath week = histogram(filter, "week");
            // 15 October 1582 was a Friday, 28 December 1969 a Sunday, 29 December 1969 a Monday.
            assertSeries(
                    week,
                    "WEEK",
                    "week",
                    List.of(
                            List.of("1582-10-11", "1582-10-17", 2),
                            List.of("1582-10-18", "1582-10-24", 1),
                            List.of("1969-12-22", "1969-12-28", 1),
                            List.of("1969-12-29", "1970-01-04", 2),
                            List.of("1970-01-05", "1970-01-11", 1)));
            assertSeries(week, "MONTH", "month only", List.of(List.of("1969-12-01", "1969-12-31", 1)));
            assertSeries(
                    histogram(filter, "month"),
                    "MONTH",
                    "month",
                    List.of(
                            List.of("1582-10-01", "1582-10-31", 3),
                            List.of("1969-12-01", "1969-12-31", 3),
                            List.of("1970-01-01", "1970-01-31", 2)));
            JsonPath year = histogram(filter, "year");
            assertSeries(
                    year,
                    "YEAR",
                    "year",
                    List.of(
                            List.of("1582-01-01", "1582-12-31", 3),
                            List.of("1969-01-01", "1969-12-31", 3),
                            List.of("1970-01-01", "1970-12-31", 2)));
            org.junit.jupiter.api.Assertions.assertEquals(8, year.getInt("total"), filter);
        }
    }

    @Test
    void theTimelineFiltersApplyAndMonthIsTheDefault() {
        // Putin's demo events: 2024-12-19, 2025-01-28, 2025-02-12.
        given().get("/api/v1/timeline/histogram?actor=putin")
                .then()
                .statusCode(200)
                .body("interval", equalTo("month"))
                .body("total", equalTo(3))
                .body("series[0].buckets.start", contains("2024-12-01", "2025-01-01", "2025-02-01"))
                .body("series[0].buckets.count", contains(1, 1, 1));
        given().get("/api/v1/timeline/histogram?actor=putin&from=2025-01&type=CONSULT&location=syria")
                .then()
                .statusCode(200)
                .body("total", equalTo(2)) // the delegation and the call, both CONSULT, both in Syria
                .body("series[0].buckets.start", contains("2025-01-01", "2025-02-01"));
        given().get("/api/v1/timeline?actor=putin&from=2025-01&type=CONSULT&location=syria")
                .then()
                .body("items.size()", equalTo(2));
        given().get("/api/v1/timeline/histogram?location=nowhere-at-all").then().statusCode(404);
        given().get("/api/v1/timeline/histogram?q=nothingmatchesthis")
                .then()
                .statusCode(200)
                .body("total", equalTo(0))
                .body("series.size()", equalTo(1))
                .body("series[0].buckets.size()", equalTo(0));
    }

    @Test
    void badParametersAreProblemsNamingTheField() {
        given().queryParam("interval", "fortnight")
                .get("/api/v1/timeline/histogram")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("interval"));
        given().queryParam("from", "2025-13")
                .get("/api/v1/timeline/histogram")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }

    private static JsonPath histogram(String interval) {
        return histogram("q=" + WORD, interval);
    }

    private static JsonPath histogram(String filter, String interval) {
        return given().get("/api/v1/timeline/histogram?" + filter + "&interval=" + interval)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static void assertSeries(JsonPath histogram, String precision, String label, List<List<Object>> buckets) {
        List<Map<String, Object>> series = histogram.getList("series.findAll { it.precision == '" + precision + "' }");
        org.junit.jupiter.api.Assertions.assertEquals(1, series.size(), precision + " in " + histogram.prettify());
        org.junit.jupiter.api.Assertions.assertEquals(label, series.get(0).get("label"));
        List<List<Object>> actual = ((List<?>) series.get(0).get("buckets"))
                .stream()
                        .map(b -> (Map<?, ?>) b)
                        .map(b -> List.<Object>of(b.get("start"), b.get("end"), b.get("count")))
                        .toList();
        org.junit.jupiter.api.Assertions.assertEquals(buckets, actual, precision);
    }

    private static void create(String... dates) {
        for (String date : dates) {
            asEditor()
                    .contentType(ContentType.JSON)
                    .body("""
                            {"title":"A %s event dated %s","type":"CONSULT","date":"%s",
                             "actors":[{"actor":"russia","role":"INITIATOR"}],"locations":["damascus"]}""".formatted(WORD, date, date))
                    .post("/api/v1/events")
                    .then()
                    .statusCode(201);
        }
    }
}
