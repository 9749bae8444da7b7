package dev.geotimeline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.geotimeline.problem.FieldError;
import dev.geotimeline.problem.ProblemException;
import dev.geotimeline.store.StorageFault;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an RFC 9457 problem response. Messages never carry
 * stack traces, SQL or internal class names: bad input is described in terms
 * of the API's own fields.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return Problems.response(e.status(), e.title(), e.getMessage(), path(uri), e.errors(), e.candidates());
    }

    /** Every subtype is listed: Quarkus has built-in mappers for some, and the closest type wins. */
    @ServerExceptionMapper({
        UnrecognizedPropertyException.class,
        InvalidFormatException.class,
        MismatchedInputException.class,
        ValueInstantiationException.class,
        JsonMappingException.class
    })
    public Response unreadableField(JsonMappingException e, UriInfo uri) {
        FieldError error = JsonBindingErrors.describe(e);
        return badBody(uri, error.field(), error.message());
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        String location = e.getLocation() == null
                ? ""
                : " at line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr();
        return badBody(uri, "body", "the request body is not well-formed JSON" + location);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        Response problem = Problems.response(
                401,
                "Unauthorized",
                "this request needs a valid bearer token (JWT) in the Authorization header",
                path(uri));
        return Response.fromResponse(problem)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problems.response(
                403,
                "Forbidden",
                "the token is valid but its groups do not allow this request (writes need the 'editor' group)",
                path(uri));
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentUpdate(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        // With If-Match the client asked for "only if unchanged": a concurrent change is a failed precondition.
        boolean conditional = headers.getHeaderString(HttpHeaders.IF_MATCH) != null;
        return Problems.response(
                conditional ? 412 : 409,
                conditional ? "Precondition failed" : "Conflict",
                "the resource was changed by another request at the same time; fetch it again and retry",
                path(uri));
    }

    /** Waiting for another write's row lock timed out, or two writes deadlocked: the request may simply be retried. */
    @ServerExceptionMapper({
        jakarta.persistence.LockTimeoutException.class,
        jakarta.persistence.PessimisticLockException.class,
        org.hibernate.exception.LockAcquisitionException.class
    })
    public Response lockNotAcquired(RuntimeException e, UriInfo uri) {
        Response problem = Problems.response(
                503,
                "Service unavailable",
                "the data this request changes was locked by other writes for longer than the lock timeout; "
                        + "nothing was changed, retry shortly",
                path(uri));
        return Response.fromResponse(problem)
                .header(HttpHeaders.RETRY_AFTER, "1")
                .build();
    }

    @ServerExceptionMapper
    public Response dataConflict(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return Problems.response(
                409,
                "Conflict",
                "the change conflicts with data stored at the same time (a duplicate name, slug or external key, "
                        + "or a reference that was just removed); fetch the current state and retry",
                path(uri));
    }

    @ServerExceptionMapper
    public Response binding(MergePatches.BindingFailure e, UriInfo uri) {
        return fromJson(e.getCause(), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, Request request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return fromJson(json, uri);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            StorageFault fault = StorageFault.of(e);
            if (fault != StorageFault.NONE) {
                return storageFault(fault, e, uri, request);
            }
            LOG.error("Request failed", e);
            return Problems.response(status, "Internal error", "the server could not complete the request", path(uri));
        }
        Response.StatusType info = original.getStatusInfo();
        return Problems.response(status, info.getReasonPhrase(), describe(status, e), path(uri));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri, Request request) {
        StorageFault fault = StorageFault.of(e);
        if (fault != StorageFault.NONE) {
            return storageFault(fault, e, uri, request);
        }
        LOG.error("Unexpected failure", e);
        return Problems.response(500, "Internal error", "the server could not complete the request", path(uri));
    }

    /**
     * The database is away, slow or out of disk: not a bug of the request, so the answer is one that
     * clients and proxies retry (503, or 507 for a full disk), with Retry-After. One log line, no
     * stack trace: an outage would otherwise flood the log with identical traces.
     */
    private Response storageFault(StorageFault fault, Exception e, UriInfo uri, Request request) {
        LOG.warnf("Request failed on the database (%s): %s", fault, rootCause(e));
        boolean write = request == null || !READS.contains(request.getMethod());
        return Problems.storageFault(fault, write, path(uri));
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 64; depth++) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e) : e.getClass().getSimpleName() + " caused by " + root;
    }

    private Response fromJson(JsonProcessingException e, UriInfo uri) {
        return e instanceof JsonMappingException mapping ? unreadableField(mapping, uri) : malformedJson(e, uri);
    }

    private static String describe(int status, WebApplicationException e) {
        return switch (status) {
            case 404 -> "no resource at this path";
            case 405 -> "this method is not allowed on this path";
            case 406 -> "none of the accepted media types can be produced; ask for application/json";
            case 413 -> "the request body is larger than the configured limit";
            case 415 -> "unsupported content type; send application/json";
            default -> e.getResponse().getStatusInfo().getReasonPhrase();
        };
    }

    private static Response badBody(UriInfo uri, String field, String message) {
        return Problems.response(
                400,
                "Invalid request body",
                field + ": " + message,
                path(uri),
                List.of(new FieldError(field, message)));
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
