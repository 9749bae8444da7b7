package dev.geotimeline.problem;

import java.util.List;

/**
 * A client-visible failure that becomes an RFC 9457 problem response.
 * Thrown from services; the resource layer never builds error responses itself.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<FieldError> errors;
    private final List<?> candidates;

    public ProblemException(int status, String title, String detail, List<FieldError> errors) {
        this(status, title, detail, errors, List.of());
    }

    /** A problem that also lists the resources a client can choose from (an ambiguous name). */
    public ProblemException(int status, String title, String detail, List<FieldError> errors, List<?> candidates) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.candidates = List.copyOf(candidates);
    }

    public static ProblemException badRequest(String field, String message) {
        return new ProblemException(400, "Invalid request", message, List.of(new FieldError(field, message)));
    }

    public static ProblemException unprocessable(String field, String message) {
        return new ProblemException(422, "Unprocessable content", message, List.of(new FieldError(field, message)));
    }

    public static ProblemException notFound(String field, String message) {
        return new ProblemException(404, "Not found", message, List.of(new FieldError(field, message)));
    }

    public static ProblemException conflict(String field, String message) {
        return new ProblemException(
                409, "Conflict", message, field == null ? List.of() : List.of(new FieldError(field, message)));
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public List<?> candidates() {
        return candidates;
    }
}
