package dev.geotimeline.concurrency;

import static dev.geotimeline.testing.Tokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A write that cannot get a row lock within the lock timeout (5 s) is a 503 with Retry-After,
 * never a 500 and never an open-ended wait; nothing of it is stored, and a retry succeeds.
 */
@QuarkusTest
class LockTimeoutTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aWriteBlockedByAnotherWritersLockAnswers503AndCanBeRetried() throws Exception {
        int id = asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"title":"Lock timeout test","summary":"before","type":"SUPPORT","date":"1994-05-06",
                         "actors":[{"actor":"russia","role":"INITIATOR"}]}""")
                .post("/api/v1/events")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        try (Connection otherWriter = dataSource.getConnection()) {
            otherWriter.setAutoCommit(false);
            try (PreparedStatement lock =
                    otherWriter.prepareStatement("SELECT id FROM event WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, id);
                lock.executeQuery().close();
            }
            Instant sent = Instant.now();
            asEditor()
                    .contentType("application/merge-patch+json")
                    .body("{\"summary\":\"blocked\"}")
                    .patch("/api/v1/events/" + id)
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", equalTo("1"))
                    .body("status", equalTo(503));
            Duration waited = Duration.between(sent, Instant.now());
            assertTrue(waited.compareTo(Duration.ofSeconds(15)) < 0, "bounded by the lock timeout: " + waited);
            otherWriter.rollback();
        }

        given().get("/api/v1/events/" + id).then().statusCode(200).body("summary", equalTo("before"));
        asEditor()
                .contentType("application/merge-patch+json")
                .body("{\"summary\":\"retried\"}")
                .patch("/api/v1/events/" + id)
                .then()
                .statusCode(200)
                .body("summary", equalTo("retried"));
    }
}
