package dev.geotimeline.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writers and readers that keep a running service busy while a test breaks its database, and
 * record every answer: status, time taken, Retry-After, media type, and the ids of the writes that
 * were acknowledged (201), which must all be found again afterwards.
 */
public final class FaultLoad implements AutoCloseable {

    /** One answer (status -1: no HTTP answer at all, the body then says why). */
    public record Outcome(boolean write, int status, Duration took, String retryAfter, String mediaType, String body) {}

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(120);

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String token = Tokens.editorToken();
    private final String summary;
    private final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    private final Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads;
    private volatile boolean running = true;

    private FaultLoad(int port, int writers, int readers, int summaryLength) {
        this.base = "http://127.0.0.1:" + port;
        this.summary = "s".repeat(summaryLength);
        this.threads = Executors.newFixedThreadPool(writers + readers);
        for (int writer = 0; writer < writers; writer++) {
            int number = writer;
            threads.submit(() -> write(number));
        }
        for (int reader = 0; reader < readers; reader++) {
            threads.submit(this::read);
        }
    }

    /** Starts the writers (events with a summary of the given length) and the readers. */
    public static FaultLoad start(int port, int writers, int readers, int summaryLength) {
        return new FaultLoad(port, writers, readers, summaryLength);
    }

    /** A copy of the answers so far. */
    public List<Outcome> outcomes() {
        synchronized (outcomes) {
            return new ArrayList<>(outcomes);
        }
    }

    public Set<Long> acknowledged() {
        return Set.copyOf(acknowledged);
    }

    /** Counts by "write 201", "read 503" and so on, for the report. */
    public static Map<String, Integer> counts(List<Outcome> outcomes) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Outcome outcome : outcomes) {
            counts.merge((outcome.write() ? "write " : "read ") + outcome.status(), 1, Integer::sum);
        }
        return counts;
    }

    public static Duration longest(List<Outcome> outcomes) {
        return outcomes.stream().map(Outcome::took).max(Duration::compareTo).orElse(Duration.ZERO);
    }

    /** Stops the load and waits for the requests in flight. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        threads.shutdown();
        if (!threads.awaitTermination(CLIENT_TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS)) {
            threads.shutdownNow();
        }
    }

    private void write(int writer) {
        for (int n = 0; running; n++) {
            String body = """
                    {"title":"Fault load %d-%d","summary":"%s","type":"AID","date":"2001-02-03",
                     "actors":[{"actor":"russia","role":"INITIATOR"}],"locations":["damascus"]}""".formatted(writer, n, summary);
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/events"))
                    .timeout(CLIENT_TIMEOUT)
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            Outcome outcome = send(request, true);
            if (outcome.status() == 201) {
                Matcher id = ID.matcher(outcome.body());
                if (id.find()) {
                    acknowledged.add(Long.parseLong(id.group(1)));
                }
            } else {
                pause(); // a failed write is retried a little later, as a client honouring Retry-After would
            }
        }
    }

    private void read() {
        while (running) {
            List<Long> ids = new ArrayList<>(acknowledged);
            String path = ids.isEmpty() || ThreadLocalRandom.current().nextBoolean()
                    ? "/api/v1/actors/russia/timeline?limit=10"
                    : "/api/v1/events/" + ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(CLIENT_TIMEOUT)
                    .GET()
                    .build();
            send(request, false);
            pause();
        }
    }

    private Outcome send(HttpRequest request, boolean write) {
        Instant sent = Instant.now();
        Outcome outcome;
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            outcome = new Outcome(
                    write,
                    response.statusCode(),
                    Duration.between(sent, Instant.now()),
                    response.headers().firstValue("Retry-After").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.body());
        } catch (IOException e) {
            outcome = new Outcome(write, -1, Duration.between(sent, Instant.now()), null, null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
            outcome = new Outcome(write, -1, Duration.between(sent, Instant.now()), null, null, e.toString());
        }
        outcomes.add(outcome);
        return outcome;
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
