package dev.geotimeline.importing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportResult", description = "What an import did; the whole batch is applied or none of it.")
public record ImportResult(
        @Schema(example = "7") int received,
        @Schema(example = "5") int created,
        @Schema(example = "1") int updated,
        @Schema(example = "1") int unchanged) {}
