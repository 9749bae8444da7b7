package dev.geotimeline.importing.rest;

import dev.geotimeline.config.GeoTimelineConfig;
import dev.geotimeline.problem.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * JSON bodies are read whole, so they get a small limit; NDJSON, CSV and tab-separated
 * imports are streamed, so only the HTTP server's larger limit applies to them.
 */
public class BodySizeFilter {

    /** Bodies read as a stream: the import formats other than a JSON array. */
    private static final List<String> STREAMED = List.of(ImportResource.NDJSON, ImportFormat.CSV, ImportFormat.TSV);

    private final long maxJsonBody;

    public BodySizeFilter(GeoTimelineConfig config) {
        this.maxJsonBody = config.maxJsonBodySize().asLongValue();
    }

    @ServerRequestFilter(preMatching = true)
    public void limitJsonBodies(ContainerRequestContext request) {
        String contentType = request.getHeaderString("Content-Type");
        if (contentType != null && STREAMED.stream().anyMatch(contentType.toLowerCase(Locale.ROOT)::startsWith)) {
            return;
        }
        int length = request.getLength();
        if (length > maxJsonBody) {
            throw tooLarge(Integer.toString(length), maxJsonBody);
        }
    }

    static ProblemException tooLarge(String length, long limit) {
        return new ProblemException(
                413,
                "Payload too large",
                "the body has " + length + " bytes; JSON bodies are limited to " + limit
                        + " bytes (send large imports as application/x-ndjson)",
                List.of());
    }
}
