package dev.geotimeline.location;

import dev.geotimeline.named.NamedView;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Location", description = "A place where events happen; places nest (base, region, country).")
public record LocationResponse(
        @Schema(example = "5") long id,
        @Schema(example = "hmeimim-air-base") String slug,
        @Schema(example = "Hmeimim air base") String name,
        @Schema(example = "MILITARY_BASE") LocationKind kind,

        @Schema(nullable = true, description = "The place that directly contains this one")
        LocationSummary parent,

        @Schema(nullable = true, example = "35.4011") Double latitude,
        @Schema(nullable = true, example = "35.9486") Double longitude,
        @Schema(nullable = true, example = "SY") String countryCode,
        @Schema(example = "[\"Khmeimim\"]") List<String> aliases,
        Instant createdAt,
        Instant updatedAt,
        @Schema(nullable = true) String createdBy,
        @Schema(nullable = true) String updatedBy,
        @Schema(example = "0") long version)
        implements NamedView {}
