package dev.geotimeline.timeline.rest;

import dev.geotimeline.export.ExportFormat;
import dev.geotimeline.export.TimelineExporter;
import dev.geotimeline.problem.ProblemException;
import dev.geotimeline.text.UserText;
import dev.geotimeline.timeline.TimelineQuery;
import dev.geotimeline.timeline.TimelineService;
import dev.geotimeline.web.PagedResponses;
import dev.geotimeline.web.QueryParameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Answers a timeline request in the format it asks for: the JSON page, or an export of the whole
 * timeline streamed to the client. {@code format=} wins over the Accept header; the parameters are
 * all checked before the first byte is written, so bad input is a 400, never a broken file.
 */
@ApplicationScoped
public class TimelineExports {

    /** The media types of the timeline endpoints: the JSON page first (the default), then the exports. */
    public static final String[] PRODUCES = {
        MediaType.APPLICATION_JSON, "text/csv", "application/geo+json", "application/x-ndjson"
    };

    private final TimelineService timelines;
    private final TimelineExporter exporter;

    public TimelineExports(TimelineService timelines, TimelineExporter exporter) {
        this.timelines = timelines;
        this.exporter = exporter;
    }

    /**
     * The page or the export.
     *
     * @param name what the file is named after: the slug of the actor or place, or "timeline" (asked for exports only)
     * @param query the parsed request (parsing it checks every parameter and may throw a 400 or 404)
     */
    public Response respond(
            TimelineParameters p,
            HttpHeaders headers,
            UriInfo uri,
            Supplier<String> name,
            Supplier<TimelineQuery> query) {
        ExportFormat format = requested(p.format, headers);
        if (format == null) {
            return PagedResponses.ok(timelines.page(query.get()), uri).toResponse();
        }
        if (p.cursor != null && !p.cursor.isBlank()) {
            throw ProblemException.badRequest(
                    "cursor", "an export is the whole timeline: remove 'cursor' (format=" + format.parameter() + ")");
        }
        boolean byteOrderMark = QueryParameters.bool("bom", p.bom, false);
        TimelineQuery timeline = query.get();
        String slug = fileName(name.get());
        String title = "GeoTimeline: " + slug;
        StreamingOutput body = out -> exporter.export(timeline, format, byteOrderMark, title, out);
        return Response.ok(body, format.contentType())
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"geotimeline-" + slug + "." + format.extension() + "\"")
                .build();
    }

    /** The export asked for, or null for the JSON page. */
    static ExportFormat requested(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            String value = format.strip().toLowerCase(Locale.ROOT);
            if (value.equals("json")) {
                return null;
            }
            return Arrays.stream(ExportFormat.values())
                    .filter(f -> f.parameter().equals(value))
                    .findFirst()
                    .orElseThrow(() -> ProblemException.badRequest(
                            "format",
                            UserText.quote(format.strip()) + " is not a format; use json, "
                                    + Arrays.stream(ExportFormat.values())
                                            .map(ExportFormat::parameter)
                                            .collect(Collectors.joining(", "))));
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return null;
            }
            for (ExportFormat export : ExportFormat.values()) {
                if (export != ExportFormat.TIMELINEJS && accepted.isCompatible(MediaType.valueOf(export.mediaType()))) {
                    return export;
                }
            }
        }
        return null;
    }

    /** Only letters, digits and hyphens from a slug into the header. */
    private static String fileName(String name) {
        String safe = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
        return safe.isBlank() ? "timeline" : safe;
    }
}
