package dev.geotimeline.web;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Failures that happen before a request reaches the REST layer (a body over
 * the size limit, an undecodable URL) get the same problem+json body as the rest.
 */
@Singleton
public class HttpLayerProblems {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        int status = context.statusCode();
        if (context.response().headWritten() || status < 400 || status >= 500) {
            context.next();
            return;
        }
        String detail = switch (status) {
            case 413 -> "the request body is larger than the configured limit";
            case 414 -> "the request URL is too long";
            default -> "the request could not be decoded (check the URL's percent-encoding and the headers)";
        };
        Problem problem = new Problem(
                "about:blank",
                status == 413 ? "Payload too large" : "Bad request",
                status,
                detail,
                context.normalizedPath(),
                List.of(),
                List.of());
        context.response()
                .setStatusCode(status)
                .putHeader("Content-Type", Problems.MEDIA_TYPE)
                .end(Json.encode(problem));
    }
}
