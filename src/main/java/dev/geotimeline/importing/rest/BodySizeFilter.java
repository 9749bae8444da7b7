package dev.geotimeline.importing.rest;

import dev.geotimeline.config.GeoTimelineConfig;
import dev.geotimeline.problem.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * JSON bodies are read whole, so they get a small limit; NDJSON imports are
 * streamed, so only the HTTP server's larger limit applies to them.
 */
public class BodySizeFilter {

    private final long maxJsonBody;

    public BodySizeFilter(GeoTimelineConfig config) {
        this.maxJsonBody = config.maxJsonBodySize().asLongValue();
    }

    @ServerRequestFilter(preMatching = true)
    public void limitJsonBodies(ContainerRequestContext request) {
        String contentType = request.getHeaderString("Content-Type");
        if (contentType != null && contentType.startsWith(ImportResource.NDJSON)) {
            return;
        }
        int length = request.getLength();
        if (length > maxJsonBody) {
            throw new ProblemException(
                    413,
                    "Payload too large",
                    "the body has " + length + " bytes; JSON bodies " + "are limited to " + maxJsonBody
                            + " bytes (send large imports as application/x-ndjson)",
                    List.of());
        }
    }
}
