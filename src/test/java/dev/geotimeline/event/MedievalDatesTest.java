package dev.geotimeline.event;

import static dev.geotimeline.testing.Tokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Days before the Gregorian reform (1582) are stored as the days they are, whichever way the event came
 * in: the old {@code java.sql.Date} conversion shifts them by days (two in the year 1200) on H2, while
 * the bulk import writes the day itself, so the same date created and imported would be stored apart.
 */
@QuarkusTest
class MedievalDatesTest {

    private static final String EVENT = """
            {"title":"Medievaltest treaty %s","type":"AGREE","when":"1200-05-03","reportedOn":"1200-05-05",
             "actors":[{"actor":"Medievaltest Chronicler","role":"INITIATOR"}],
             "sources":[{"url":"https://example.org/medievaltest/%s","publishedOn":"1200-05-04"}]%s}""";

    @Inject
    EntityManager em;

    @Test
    void createdAndImportedOldDatesAreStoredAndAnsweredAsTheSameDays() {
        asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"name":"Medievaltest Chronicler","kind":"PERSON"}""")
                .post("/api/v1/actors")
                .then()
                .statusCode(201);
        long created = asEditor()
                .contentType(ContentType.JSON)
                .body(EVENT.formatted("created", "created", ""))
                .post("/api/v1/events")
                .then()
                .statusCode(201)
                .body("date.earliest", equalTo("1200-05-03"))
                .body("date.reportedOn", equalTo("1200-05-05"))
                .body("sources[0].publishedOn", equalTo("1200-05-04"))
                .extract()
                .jsonPath()
                .getLong("id");
        asEditor()
                .contentType(ContentType.JSON)
                .body("["
                        + EVENT.formatted(
                                "imported", "imported", ",\"externalKey\":{\"source\":\"medievaltest\",\"id\":\"1\"}")
                        + "]")
                .post("/api/v1/events/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(1));

        assertEquals(
                List.of("1200-05-03 1200-05-03 1200-05-05 1200-05-04", "1200-05-03 1200-05-03 1200-05-05 1200-05-04"),
                storedDays());
        given().get("/api/v1/events/" + created)
                .then()
                .statusCode(200)
                .body("date.earliest", equalTo("1200-05-03"))
                .body("date.latest", equalTo("1200-05-03"))
                .body("date.reportedOn", equalTo("1200-05-05"))
                .body("sources[0].publishedOn", equalTo("1200-05-04"));
        given().get("/api/v1/actors/medievaltest-chronicler/timeline")
                .then()
                .statusCode(200)
                .body("items.date.earliest", equalTo(List.of("1200-05-03", "1200-05-03")))
                .body("items.collect { it.sources[0].publishedOn }", equalTo(List.of("1200-05-04", "1200-05-04")));
        given().get("/api/v1/timeline/histogram?actor=medievaltest-chronicler&interval=day")
                .then()
                .statusCode(200)
                .body("series.size()", equalTo(1))
                .body("series[0].buckets.size()", equalTo(1))
                .body("series[0].buckets[0].start", equalTo("1200-05-03"))
                .body("series[0].buckets[0].count", equalTo(2));
    }

    /** The days as the database holds them, in its own text form, per event of the test's actor. */
    @SuppressWarnings("unchecked")
    private List<String> storedDays() {
        return em.createNativeQuery("""
                        select cast(e.date_earliest as varchar(10)) || ' ' || cast(e.date_latest as varchar(10)) || ' '
                               || cast(e.date_reference as varchar(10)) || ' ' || cast(s.published_on as varchar(10))
                        from event e join event_source s on s.event_id = e.id
                        where e.title like 'Medievaltest treaty %' order by e.id""").getResultList();
    }
}
