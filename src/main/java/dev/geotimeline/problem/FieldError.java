package dev.geotimeline.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One invalid parameter or body field.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(
        @Schema(description = "Query parameter, path parameter or JSON path of the body field", example = "from")
        String field,

        @Schema(description = "What is wrong with it", example = "2025-02-30 is not a valid calendar date")
        String message,

        @Schema(
                description = "For imports: the line (NDJSON) or 1-based position (JSON array) of the rejected row",
                nullable = true,
                example = "3")
        Integer line) {

    public FieldError(String field, String message) {
        this(field, message, null);
    }
}
