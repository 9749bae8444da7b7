package dev.geotimeline.web;

import dev.geotimeline.problem.FieldError;
import dev.geotimeline.store.StorageFault;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem+json responses. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Seconds: a restarting database is usually back within a few. */
    static final String UNAVAILABLE_RETRY_AFTER = "5";

    /** Seconds: space comes back when an operator frees or grows the volume. */
    static final String DISK_FULL_RETRY_AFTER = "60";

    private Problems() {}

    public static Response response(int status, String title, String detail, String instance, List<FieldError> errors) {
        return response(status, title, detail, instance, errors, List.of());
    }

    public static Response response(
            int status, String title, String detail, String instance, List<FieldError> errors, List<?> candidates) {
        Problem problem = new Problem("about:blank", title, status, detail, instance, errors, candidates);
        return Response.status(status).type(MEDIA_TYPE).entity(problem).build();
    }

    public static Response response(int status, String title, String detail, String instance) {
        return response(status, title, detail, instance, List.of());
    }

    /**
     * The answer to a request that met a storage fault: 507 for a write on a full disk, 503 with the
     * fault in words otherwise (a read that met a database closed by a full disk, an unreachable
     * database, a statement timeout), each with Retry-After.
     */
    public static Response storageFault(StorageFault fault, boolean write, String instance) {
        boolean insufficientStorage = fault == StorageFault.DISK_FULL && write;
        String detail = fault == StorageFault.DISK_FULL && !write
                ? "the database is recovering from a full disk; retry after a few seconds"
                : fault.detail();
        Response problem = response(
                insufficientStorage ? 507 : 503,
                insufficientStorage ? "Insufficient storage" : "Service unavailable",
                detail,
                instance);
        return Response.fromResponse(problem)
                .header(HttpHeaders.RETRY_AFTER, insufficientStorage ? DISK_FULL_RETRY_AFTER : UNAVAILABLE_RETRY_AFTER)
                .build();
    }
}
