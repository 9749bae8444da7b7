package dev.geotimeline.store;

import dev.geotimeline.config.GeoTimelineConfig;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;

/**
 * The disk under the embedded H2 file: its size and the free space of its file system, read from
 * the file system alone (not through the database, which may be the thing that fails). Found once
 * at start-up; on PostgreSQL or an in-memory H2 there is no such file and nothing is reported.
 * Metrics: geotimeline_database_file_size_bytes and geotimeline_database_disk_free_bytes.
 */
@ApplicationScoped
public class DatabaseDisk {

    private final AgroalDataSource dataSource;
    private final MeterRegistry registry;
    private final long minFreeBytes;
    private volatile Path file;

    public DatabaseDisk(AgroalDataSource dataSource, MeterRegistry registry, GeoTimelineConfig config) {
        this.dataSource = dataSource;
        this.registry = registry;
        this.minFreeBytes = config.diskSpace().minFree().asLongValue();
    }

    void onStart(@Observes StartupEvent start) throws SQLException {
        file = h2File();
        if (file == null) {
            return;
        }
        Gauge.builder(
                        "geotimeline.database.file.size",
                        this,
                        disk -> disk.fileBytes().map(Long::doubleValue).orElse(Double.NaN))
                .description("Size of the embedded H2 database file")
                .baseUnit("bytes")
                .register(registry);
        Gauge.builder(
                        "geotimeline.database.disk.free",
                        this,
                        disk -> disk.freeBytes().map(Long::doubleValue).orElse(Double.NaN))
                .description("Space left for the embedded H2 database file on its file system")
                .baseUnit("bytes")
                .register(registry);
    }

    /** The H2 file, if the database is an embedded H2 file. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** The free space below which the disk counts as nearly full. */
    public long minFreeBytes() {
        return minFreeBytes;
    }

    /** Whether the volume of the H2 file has no more free space than the reserve (writes are then refused). */
    public boolean nearlyFull() {
        return freeBytes().map(free -> free <= minFreeBytes).orElse(false);
    }

    /** Refuses a write that would eat into the reserve, before H2 meets a full disk itself. */
    public void requireSpaceForWrites() {
        Optional<Long> free = freeBytes();
        if (free.isPresent() && free.get() <= minFreeBytes) {
            throw new DiskFullException(free.get(), minFreeBytes);
        }
    }

    public Optional<Long> fileBytes() {
        Path current = file;
        try {
            return current == null ? Optional.empty() : Optional.of(Files.size(current));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Bytes this process may still write on the file system of the H2 file. */
    public Optional<Long> freeBytes() {
        Path current = file;
        try {
            return current == null
                    ? Optional.empty()
                    : Optional.of(Files.getFileStore(current).getUsableSpace());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Path h2File() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            MVStore store = H2Housekeeping.mvStore(connection);
            FileStore<?> files = store == null ? null : store.getFileStore();
            String name = files == null ? null : files.getFileName();
            return name == null || name.isBlank() ? null : diskPath(name);
        }
    }

    /** H2 names files with its file-system prefixes ("retry:nio:/data/geotimeline.mv.db"); in-memory ones have none on disk. */
    static Path diskPath(String h2Name) {
        String name = h2Name;
        while (name.matches("^[a-zA-Z]{2,}:.*")) {
            if (name.startsWith("mem") || name.startsWith("memFS") || name.startsWith("memLZF")) {
                return null;
            }
            name = name.substring(name.indexOf(':') + 1);
        }
        return Path.of(name).toAbsolutePath().normalize();
    }
}
