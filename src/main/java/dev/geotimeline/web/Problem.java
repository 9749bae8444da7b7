package dev.geotimeline.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.geotimeline.named.Candidate;
import dev.geotimeline.problem.FieldError;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details, served as application/problem+json.")
public record Problem(
        @Schema(example = "about:blank") String type,
        @Schema(example = "Invalid request") String title,
        @Schema(example = "400") int status,

        @Schema(example = "2025-02-30 is not a valid calendar date")
        String detail,

        @Schema(example = "/api/v1/timeline") String instance,
        List<FieldError> errors,

        @Schema(
                type = SchemaType.ARRAY,
                implementation = Candidate.class,
                description = "For an ambiguous name (409): every resource it could mean; choose one by its id, "
                        + "its slug or its qualified name")
        List<?> candidates) {}
