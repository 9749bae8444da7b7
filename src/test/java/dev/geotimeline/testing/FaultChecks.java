package dev.geotimeline.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geotimeline.testing.FaultLoad.Outcome;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What the fault tests assert of the answers a service gave while its database was failing. */
public final class FaultChecks {

    /**
     * The longest a request may take during or after a fault: 5 s for a pooled connection, 5 s to
     * open a new one, with a margin for a loaded two-core test machine (README "Operations").
     */
    public static final Duration REQUEST_BOUND = Duration.ofSeconds(15);

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private FaultChecks() {}

    /**
     * Every answer is a success or one of the fault statuses, each of those a problem+json with a
     * Retry-After; none took longer than the bound.
     */
    public static void assertFaultAnswers(List<Outcome> outcomes, Set<Integer> faultStatuses) {
        for (Outcome outcome : outcomes) {
            int status = outcome.status();
            boolean success = status == 200 || status == 201;
            assertTrue(
                    success || faultStatuses.contains(status),
                    "unexpected answer " + status + " (only 2xx or " + faultStatuses + "): " + outcome.body());
            if (!success) {
                assertEquals("application/problem+json", outcome.mediaType(), outcome.body());
                assertTrue(outcome.retryAfter() != null, "a fault answer carries Retry-After: " + outcome.body());
                assertTrue(!outcome.body().contains("Exception"), "no class names or traces: " + outcome.body());
            }
        }
        Duration longest = FaultLoad.longest(outcomes);
        assertTrue(longest.compareTo(REQUEST_BOUND) <= 0, "a request took " + longest + ", over " + REQUEST_BOUND);
    }

    /** Polls /q/health/ready until it answers the status, and returns how long that took. */
    public static Duration awaitReadiness(int port, int status, Duration within)
            throws IOException, InterruptedException {
        Instant start = Instant.now();
        Instant deadline = start.plus(within);
        int last = -1;
        while (Instant.now().isBefore(deadline)) {
            last = status(port, "/q/health/ready");
            if (last == status) {
                return Duration.between(start, Instant.now());
            }
            Thread.sleep(200);
        }
        throw new AssertionError("readiness answered " + last + ", not " + status + ", for " + within);
    }

    public static String body(int port, String path) throws IOException, InterruptedException {
        return CLIENT.send(request(port, path), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    public static int status(int port, String path) throws IOException, InterruptedException {
        return CLIENT.send(request(port, path), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static HttpRequest request(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
    }

    /** Every acknowledged event can be read back. */
    public static void assertAllStored(int port, Set<Long> acknowledged) throws IOException, InterruptedException {
        List<Long> missing = new ArrayList<>();
        for (long id : acknowledged) {
            if (status(port, "/api/v1/events/" + id) != 200) {
                missing.add(id);
            }
        }
        assertEquals(List.of(), missing, "acknowledged events that are gone (of " + acknowledged.size() + ")");
    }
}
