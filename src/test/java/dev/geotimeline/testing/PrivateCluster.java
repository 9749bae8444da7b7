package dev.geotimeline.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL cluster of the test's own (initdb, pg_ctl from /usr/lib/postgresql/15/bin) on a free
 * port, so that a test may stop and start the server under a running service without disturbing
 * anyone else's database. Run as the "postgres" user when the test runs as root.
 */
public final class PrivateCluster implements AutoCloseable {

    private static final Path BIN = Path.of(System.getenv().getOrDefault("PG_BIN", "/usr/lib/postgresql/15/bin"));
    private static final String DATABASE = "geotimeline";

    private final Path directory;
    private final int port;

    private PrivateCluster(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    /** initdb, start, and create the service's database. */
    public static PrivateCluster start() throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory("geotimeline-pg");
        PrivateCluster cluster = new PrivateCluster(directory, freePort());
        if (asRoot()) {
            run(List.of("chown", "postgres:postgres", directory.toString()), false);
        }
        cluster.pg("initdb", "-D", cluster.data(), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync");
        cluster.startServer();
        try (Connection connection = DriverManager.getConnection(cluster.url("postgres"), "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database of the private cluster", e);
        }
        return cluster;
    }

    public String url() {
        return url(DATABASE);
    }

    public int port() {
        return port;
    }

    /** Fast shutdown, as an operator or a failover stops a server: sessions are ended at once. */
    public void stopServer() throws IOException, InterruptedException {
        pg("pg_ctl", "-D", data(), "-m", "fast", "-w", "-t", "60", "stop");
    }

    public void startServer() throws IOException, InterruptedException {
        pg(
                "pg_ctl",
                "-D",
                data(),
                "-l",
                directory.resolve("server.log").toString(),
                "-o",
                "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1 -c fsync=off",
                "-w",
                "-t",
                "60",
                "start");
    }

    @Override
    public void close() {
        try {
            pg("pg_ctl", "-D", data(), "-m", "immediate", "-w", "stop");
        } catch (IOException | InterruptedException | IllegalStateException alreadyStopped) {
            // the server may be stopped already
        }
        try (var files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private String data() {
        return directory.resolve("data").toString();
    }

    private void pg(String program, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (asRoot()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(BIN.resolve(program).toString());
        command.addAll(List.of(arguments));
        run(command, true);
    }

    private static void run(List<String> command, boolean quiet) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + new String(output));
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
