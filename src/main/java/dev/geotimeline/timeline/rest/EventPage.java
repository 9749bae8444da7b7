package dev.geotimeline.timeline.rest;

import dev.geotimeline.event.EventResponse;
import dev.geotimeline.web.PageResponse;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The OpenAPI schema of a page of events ({@link PageResponse} of {@link EventResponse}), for the
 * timeline endpoints, which return a {@code Response} because they also stream exports.
 */
@Schema(
        name = "PageResponseEventResponse",
        description = "A page of results. Follow 'next' (or the Link header with rel=\"next\") for more.")
public record EventPage(
        @Schema(description = "The items of this page, in the requested order")
        List<EventResponse> items,

        @Schema(
                description = "Opaque cursor of the next page; null on the last page",
                nullable = true,
                example = "djE6Mzc5NDk1NTYyNjc2MzgzOjUx")
        String next,

        @Schema(
                description = "Absolute URL of the next page; null on the last page",
                nullable = true,
                example =
                        "http://localhost:8080/api/v1/actors/vladimir-putin/timeline?limit=2&cursor=djE6Mzc5NDk1NTYyNjc2MzgzOjUx")
        String nextLink) {}
