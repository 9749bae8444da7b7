package dev.geotimeline.security;

import static dev.geotimeline.testing.Tokens.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geotimeline.pagecache.PageCache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** With geotimeline.auth.require-viewer, every read of the API needs a viewer or editor token. */
@QuarkusTest
@TestProfile(ViewerRequiredTest.ReadsNeedAToken.class)
class ViewerRequiredTest {

    public static class ReadsNeedAToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("geotimeline.auth.require-viewer", "true");
        }
    }

    private static final List<String> READS = List.of(
            "/api/v1/actors/vladimir-putin/timeline",
            "/api/v1/locations/syria/timeline",
            "/api/v1/timeline?q=call",
            "/api/v1/events",
            "/api/v1/actors",
            "/api/v1/locations/hmeimim-air-base",
            "/api/v1/event-types");

    @Inject
    PageCache pageCache;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void anonymousReadsAre401Problems() {
        for (String path : READS) {
            given().get(path)
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("Bearer"))
                    .body("status", equalTo(401));
        }
    }

    @Test
    void tokensOfAnotherGroupAre403Problems() {
        for (String path : READS) {
            as("outsider", "auditor")
                    .get(path)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("status", equalTo(403));
        }
    }

    @Test
    void viewersAndEditorsRead() {
        for (String path : READS) {
            as("reader", "viewer").get(path).then().statusCode(200);
            as("writer", "editor").get(path).then().statusCode(200);
        }
    }

    @Test
    void operationalEndpointsStayOpenForProbes() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }

    /** Cached pages are served before the access checks, so the cache must be off. */
    @Test
    void aPageReadByAViewerIsNeverHandedToAnAnonymousClient() {
        assertFalse(pageCache.enabled(), "the page cache is off while reads need a token");
        String page = "/api/v1/actors/vladimir-putin/timeline?limit=2";
        as("reader", "viewer").get(page).then().statusCode(200);
        given().get(page).then().statusCode(401);

        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        as("reader", "viewer").get(page).then().statusCode(200);
        assertTrue(statistics.getPrepareStatementCount() > 0, "every page is read from the database");
        assertEquals(
                2, as("reader", "viewer").get(page).jsonPath().getList("items").size());
    }
}
