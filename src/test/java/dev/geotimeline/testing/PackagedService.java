package dev.geotimeline.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged service (target/quarkus-app) run as separate processes, as an operator runs it:
 * the prod profile on an H2 data directory of its own, or, in the build made with -Ppostgres, the
 * prod,postgres build on a scratch PostgreSQL database. Replicas started from one instance share
 * its database.
 */
public final class PackagedService implements AutoCloseable {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Path PUBLIC_KEY = Path.of("src", "main", "resources", "jwt", "dev-public-key.pem");
    private static final Path LOG = Path.of("target", "packaged-service-it.log");
    private static final Duration READY_WITHIN = Duration.ofSeconds(180);
    private static final int LOG_TAIL_LINES = 40;

    private static final boolean POSTGRES_BUILD =
            "postgres".equals(System.getProperty("geotimeline.it.database", "h2"));

    private final boolean postgres;
    private final List<Process> processes = new ArrayList<>();
    private final Map<String, String> settings = new java.util.LinkedHashMap<>();
    private final Path dataDir;
    private final ScratchPostgres database;
    private final String databaseUrl;
    private String maxHeap = "-Xmx512m";

    private PackagedService(Path dataDir, ScratchPostgres database, String databaseUrl) {
        this.postgres = POSTGRES_BUILD;
        this.dataDir = dataDir;
        this.database = database;
        this.databaseUrl = databaseUrl;
    }

    /** A new, empty database (H2 directory or PostgreSQL database) for the processes to come. */
    public static PackagedService withNewDatabase() throws IOException {
        ScratchPostgres database = POSTGRES_BUILD ? ScratchPostgres.create() : null;
        return new PackagedService(
                Files.createTempDirectory("geotimeline-it"), database, database == null ? null : database.url());
    }

    /** The H2 build on the given (empty) data directory, such as a small file system of the test's own. */
    public static PackagedService withDataDirectory(Path dataDir) {
        return new PackagedService(dataDir, null, null);
    }

    /** The PostgreSQL build on the given database (user postgres, no password), which the caller owns. */
    public static PackagedService withPostgres(String url) {
        return new PackagedService(null, null, url);
    }

    /** Whether this is the build the *IT run packaged for PostgreSQL (-Ppostgres). */
    public static boolean postgresBuild() {
        return POSTGRES_BUILD;
    }

    /** An environment variable for the processes started from now on (a setting of the service). */
    public PackagedService with(String variable, String value) {
        settings.put(variable, value);
        return this;
    }

    /** The heap limit of the processes started from now on, as a java option ({@code -Xmx64m}). */
    public PackagedService withMaxHeap(String option) {
        maxHeap = option;
        return this;
    }

    public boolean onPostgres() {
        return postgres;
    }

    /** Starts a process on a free port and waits until it reports ready. */
    public Replica start() throws IOException, InterruptedException {
        Replica replica = launch();
        replica.awaitReady();
        return replica;
    }

    /** Starts a process without waiting for it, so that several can start at the same time. */
    public Replica launch() throws IOException {
        assertTrue(Files.exists(JAR), JAR + " is built by the package phase");
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder("java", maxHeap, "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile()));
        Map<String, String> environment = builder.environment();
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        environment.put(
                "GEOTIMELINE_JWT_PUBLIC_KEY_LOCATION",
                PUBLIC_KEY.toAbsolutePath().toString());
        environment.put("GEOTIMELINE_JWT_ISSUER", Tokens.ISSUER);
        if (postgres) {
            environment.put("QUARKUS_PROFILE", "prod,postgres");
            environment.put("DB_URL", databaseUrl);
            environment.put("DB_USERNAME", database == null ? "postgres" : ScratchPostgres.username());
            environment.put("DB_PASSWORD", database == null ? "" : ScratchPostgres.password());
        } else {
            environment.put("GEOTIMELINE_DATA_DIR", dataDir.toAbsolutePath().toString());
        }
        environment.putAll(settings);
        Process process = builder.start();
        processes.add(process);
        return new Replica(process, port);
    }

    /** Bytes on disk of the H2 data directory. */
    public long dataDirectoryBytes() throws IOException {
        try (var files = Files.walk(dataDir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(file -> file.toFile().length())
                    .sum();
        }
    }

    @Override
    public void close() {
        processes.forEach(Process::destroyForcibly);
        for (Process process : processes) {
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (database != null) {
            database.drop();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One running process of the service. */
    public record Replica(Process process, int port) {

        public void awaitReady() throws InterruptedException {
            Instant deadline = Instant.now().plus(READY_WITHIN);
            String lastAnswer = "no answer yet";
            while (Instant.now().isBefore(deadline)) {
                try {
                    var readiness = given().port(port).get("/q/health/ready");
                    if (readiness.statusCode() == 200) {
                        return;
                    }
                    lastAnswer = readiness.statusCode() + " " + readiness.asString();
                } catch (Exception notYetListening) {
                    lastAnswer = "not answering: " + notYetListening;
                }
                assertTrue(
                        process.isAlive(), () -> "the service exited during start-up; see " + LOG + "\n" + logTail());
                Thread.sleep(250);
            }
            throw new AssertionError("the service did not become ready in " + READY_WITHIN + "; last readiness answer: "
                    + lastAnswer + "\nend of " + LOG + ":\n" + logTail());
        }

        /** The end of the shared log, so that a CI failure shows why without the file. */
        private static String logTail() {
            try {
                List<String> lines = Files.readAllLines(LOG);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
            } catch (IOException | RuntimeException e) {
                return "(log unreadable: " + e + ")";
            }
        }

        /** SIGTERM, as Kubernetes stops a pod, and wait for the process to exit. */
        public void stop() throws InterruptedException {
            process.destroy();
            assertTrue(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "the process exits after SIGTERM");
        }
    }
}
