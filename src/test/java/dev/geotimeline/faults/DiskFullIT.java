package dev.geotimeline.faults;

import static dev.geotimeline.testing.FaultChecks.assertAllStored;
import static dev.geotimeline.testing.FaultChecks.assertFaultAnswers;
import static dev.geotimeline.testing.FaultChecks.awaitReadiness;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.geotimeline.testing.FaultChecks;
import dev.geotimeline.testing.FaultLoad;
import dev.geotimeline.testing.FaultLoad.Outcome;
import dev.geotimeline.testing.PackagedService;
import dev.geotimeline.testing.PackagedService.Replica;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The H2 data directory fills up under load: the service runs on a 24 MB tmpfs that the test
 * mounts (it must run as root, and fails rather than skips otherwise), four writers fill it, and
 * the file system is then grown with {@code mount -o remount}. While it is full, writes answer 507
 * with Retry-After and readiness is DOWN, reads go on; once it is grown, writes work again without
 * a restart; stopping the service writes nothing into the reserve (H2's compaction on close once
 * filled the grown volume), and after a restart every acknowledged write is there.
 */
class DiskFullIT {

    private static final long RESERVE_BYTES = 4L * 1024 * 1024;

    private Path directory;
    private boolean mounted;
    private PackagedService service;

    @AfterEach
    void stopEverything() throws Exception {
        if (service != null) {
            service.close();
        }
        if (mounted) {
            run("umount", directory.toString());
        }
        if (directory != null) {
            Files.deleteIfExists(directory);
        }
    }

    @Test
    void aFullDiskAnswers507KeepsReadingAndRecoversWhenGrown() throws Exception {
        assumeFalse(PackagedService.postgresBuild(), "the H2 build");
        directory = Files.createTempDirectory("geotimeline-disk-full");
        run("mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", directory.toString());
        mounted = true;
        service = PackagedService.withDataDirectory(directory)
                .with("GEOTIMELINE_DISK_SPACE_MIN_FREE", RESERVE_BYTES + "");
        Replica replica = service.start();
        int port = replica.port();
        String metrics = FaultChecks.body(port, "/q/metrics");
        assertTrue(metrics.contains("geotimeline_database_file_size_bytes"), "metric of the H2 file's size");
        assertTrue(metrics.contains("geotimeline_database_disk_free_bytes"), "metric of the volume's free space");

        List<Outcome> all;
        List<Outcome> whileFull;
        Set<Long> acknowledged;
        Duration down;
        Duration up;
        int writesAfter;
        try (FaultLoad load = FaultLoad.start(port, 4, 2, 4000)) {
            int full = awaitFirst(load, 507, Duration.ofSeconds(90));
            down = awaitReadiness(port, 503, Duration.ofSeconds(15));
            Thread.sleep(5_000);
            assertEquals(200, FaultChecks.status(port, "/q/health/live"), "liveness stays UP while the disk is full");
            int grown = load.outcomes().size();
            run("mount", "-o", "remount,size=64m", directory.toString());
            up = awaitReadiness(port, 200, Duration.ofSeconds(30));
            int recovered = load.outcomes().size();
            Thread.sleep(4_000);
            load.close();
            all = load.outcomes();
            whileFull = all.subList(full, grown);
            writesAfter = (int) all.subList(recovered, all.size()).stream()
                    .filter(outcome -> outcome.write() && outcome.status() == 201)
                    .count();
            acknowledged = load.acknowledged();
        }
        System.out.printf(
                "H2 disk full: readiness DOWN %s after the first 507, UP %s after growing; while full %s, "
                        + "all %s; longest request %s; %d acknowledged%n",
                down,
                up,
                FaultLoad.counts(whileFull),
                FaultLoad.counts(all),
                FaultLoad.longest(all),
                acknowledged.size());

        assertFaultAnswers(all, Set.of(507));
        assertTrue(writesAfter > 0, "writes succeed again once the disk has space, without a restart");
        List<Outcome> readsWhileFull =
                whileFull.stream().filter(outcome -> !outcome.write()).toList();
        assertTrue(!readsWhileFull.isEmpty(), "reads were tried while the disk was full");
        assertTrue(
                readsWhileFull.stream().allMatch(outcome -> outcome.status() == 200),
                "reads work while the disk is full: " + FaultLoad.counts(readsWhileFull));

        long freeBeforeStop = freeBytes();
        replica.stop();
        long freeAfterStop = freeBytes();
        System.out.printf("H2 disk full: free before the stop %d bytes, after it %d%n", freeBeforeStop, freeAfterStop);
        assertTrue(
                freeAfterStop > RESERVE_BYTES,
                "stopping the service must not write into the reserve (a restart would stay unready): free "
                        + freeBeforeStop + " bytes before the stop, " + freeAfterStop + " after");
        Replica restarted = service.start();
        assertAllStored(restarted.port(), acknowledged);
    }

    private long freeBytes() throws IOException {
        return Files.getFileStore(directory).getUsableSpace();
    }

    /** Waits until an answer has the status; returns the index of the first. */
    private static int awaitFirst(FaultLoad load, int status, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            List<Outcome> outcomes = load.outcomes();
            for (int i = 0; i < outcomes.size(); i++) {
                if (outcomes.get(i).status() == status) {
                    return i;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + status + " within " + within + ": " + FaultLoad.counts(load.outcomes()));
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command) + " hangs");
        assertEquals(
                0,
                process.exitValue(),
                String.join(" ", command) + " failed (this test mounts a tmpfs and must run as root): " + output);
    }
}
