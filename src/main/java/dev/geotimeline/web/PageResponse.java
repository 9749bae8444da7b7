package dev.geotimeline.web;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A page of results. Follow 'next' (or the Link header with rel=\"next\") for more.")
public record PageResponse<T>(
        @Schema(description = "The items of this page, in the requested order")
        List<T> items,

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
