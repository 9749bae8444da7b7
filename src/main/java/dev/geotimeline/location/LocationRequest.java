package dev.geotimeline.location;

import dev.geotimeline.named.NamedRequest;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LocationRequest", description = "A place to create or replace.")
public record LocationRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Hmeimim air base", required = true)
        String name,

        @Size(max = 120)
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "lower-case letters, digits and single hyphens only")
        @Schema(description = "URL identifier; derived from the name when omitted", example = "hmeimim-air-base")
        String slug,

        @NotNull @Schema(example = "MILITARY_BASE", required = true)
        LocationKind kind,

        @Size(max = 200)
        @Schema(description = "The place that contains this one, by id, slug, name or alias", example = "latakia")
        String parent,

        @DecimalMin(value = "-90", message = "must be between -90 and 90")
        @DecimalMax(value = "90", message = "must be between -90 and 90")
        @Schema(example = "35.4011")
        Double latitude,

        @DecimalMin(value = "-180", message = "must be between -180 and 180")
        @DecimalMax(value = "180", message = "must be between -180 and 180")
        @Schema(example = "35.9486")
        Double longitude,

        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as SY") @Schema(example = "SY")
        String countryCode,

        @Size(max = 50) @Schema(example = "[\"Khmeimim\", \"Hmeimim\"]")
        List<@NotBlank @Size(max = 200) String> aliases)
        implements NamedRequest {}
