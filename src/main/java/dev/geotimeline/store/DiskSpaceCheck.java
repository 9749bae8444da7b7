package dev.geotimeline.store;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness check "Database disk space": DOWN while the file system of the embedded H2 file has
 * no more free space than geotimeline.disk-space.min-free, the reserve below which writes are
 * refused with 507 (reads go on). Only readiness: a full disk is no reason to
 * restart the process, and the service recovers by itself once space is freed.
 */
@Readiness
@ApplicationScoped
public class DiskSpaceCheck implements HealthCheck {

    static final String NAME = "Database disk space";

    private final DatabaseDisk disk;

    public DiskSpaceCheck(DatabaseDisk disk) {
        this.disk = disk;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
        if (disk.file().isEmpty()) {
            return response.withData("database", "no embedded H2 file").build();
        }
        response.withData("file", disk.file().get().toString()).withData("minFreeBytes", disk.minFreeBytes());
        disk.fileBytes().ifPresent(bytes -> response.withData("fileBytes", bytes));
        long free = disk.freeBytes().orElse(-1L);
        response.withData("freeBytes", free);
        if (free < 0 || disk.nearlyFull()) {
            response.down()
                    .withData(
                            "warning",
                            free < 0
                                    ? "the free space of the data volume cannot be read"
                                    : "the data volume is nearly full: writes are refused with 507 until "
                                            + "space is freed or the volume is grown");
        }
        return response.build();
    }
}
