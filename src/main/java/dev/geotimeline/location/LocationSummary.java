package dev.geotimeline.location;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LocationSummary", description = "Identifies a place inside another resource.")
public record LocationSummary(
        @Schema(example = "5") long id,
        @Schema(example = "hmeimim-air-base") String slug,
        @Schema(example = "Hmeimim air base") String name) {

    public static LocationSummary of(Location location) {
        return new LocationSummary(location.id, location.slug, location.name);
    }
}
