package dev.geotimeline.actor;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActorSummary", description = "Identifies an actor inside another resource.")
public record ActorSummary(
        @Schema(example = "1") long id,
        @Schema(example = "vladimir-putin") String slug,
        @Schema(example = "Vladimir Putin") String name) {}
