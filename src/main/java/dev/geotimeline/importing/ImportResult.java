package dev.geotimeline.importing;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.geotimeline.problem.FieldError;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ImportResult",
        description = "What an import did. By default the whole batch is applied or none of it; with "
                + "onError=skip the good rows are stored and each skipped row is listed in `errors`.")
public record ImportResult(
        @Schema(example = "7") int received,
        @Schema(example = "5") int created,
        @Schema(example = "1") int updated,
        @Schema(example = "1") int unchanged,

        @Schema(description = "Rows left out because they are invalid (onError=skip only)", example = "0")
        int skipped,

        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @Schema(description = "Why each skipped row was left out, with its line (the first 100; onError=skip only)")
        List<FieldError> errors) {

    public ImportResult(int received, int created, int updated, int unchanged) {
        this(received, created, updated, unchanged, 0, List.of());
    }
}
