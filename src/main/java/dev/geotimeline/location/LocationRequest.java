package dev.geotimeline.location;

import dev.geotimeline.named.NameText;
import dev.geotimeline.named.NamedRequest;
import dev.geotimeline.named.SlugText;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LocationRequest", description = "A place to create or replace.")
public record LocationRequest(
        @NameText @Schema(example = "Hmeimim air base", required = true)
        String name,

        @SlugText @Schema(description = SlugText.DESCRIPTION, example = "hmeimim-air-base")
        String slug,

        @NotNull @Schema(example = "MILITARY_BASE", required = true)
        LocationKind kind,

        @Size(max = 200)
        @Schema(
                description = "The place that contains this one, by id, slug, name or alias (422 if there is "
                        + "none). Changing it moves everything inside this place too; a place cannot be moved "
                        + "inside itself (422).",
                example = "latakia")
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
        List<@NameText String> aliases)
        implements NamedRequest {}
