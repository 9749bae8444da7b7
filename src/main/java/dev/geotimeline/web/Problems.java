package dev.geotimeline.web;

import dev.geotimeline.problem.FieldError;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem+json responses. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {}

    public static Response response(int status, String title, String detail, String instance, List<FieldError> errors) {
        Problem problem = new Problem("about:blank", title, status, detail, instance, errors);
        return Response.status(status).type(MEDIA_TYPE).entity(problem).build();
    }

    public static Response response(int status, String title, String detail, String instance) {
        return response(status, title, detail, instance, List.of());
    }
}
