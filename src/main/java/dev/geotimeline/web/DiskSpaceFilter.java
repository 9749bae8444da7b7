package dev.geotimeline.web;

import dev.geotimeline.store.DatabaseDisk;
import dev.geotimeline.store.StorageFault;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses writes with 507 while the H2 volume is down to its reserve (geotimeline.disk-space.min-free),
 * before they reach the database: H2 itself must not meet a full disk (see DiskFullException).
 * Reads go on. On PostgreSQL there is no such volume and nothing is checked.
 */
public class DiskSpaceFilter {

    private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final DatabaseDisk disk;

    public DiskSpaceFilter(DatabaseDisk disk) {
        this.disk = disk;
    }

    /** One statfs call per write. */
    @ServerRequestFilter
    public Response refuseWritesOnAFullDisk(ContainerRequestContext request) {
        if (READS.contains(request.getMethod()) || !disk.nearlyFull()) {
            return null;
        }
        return Problems.storageFault(
                StorageFault.DISK_FULL,
                true,
                request.getUriInfo().getRequestUri().getRawPath());
    }
}
