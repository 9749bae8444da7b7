package dev.geotimeline.named;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One of the resources an ambiguous name could mean, listed in a 409 so that a client can choose. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "NameCandidate", description = "A resource an ambiguous name could mean.")
public record Candidate(
        @Schema(example = "412") long id,
        @Schema(example = "tripoli-lebanon") String slug,
        @Schema(example = "Tripoli") String name,
        @Schema(example = "CITY") String kind,

        @Schema(description = "The place that contains it (locations only)")
        Parent parent,

        @Schema(
                description = "A reference naming this one alone: the name with its parent and country",
                example = "Tripoli, North, Lebanon")
        String qualifiedName) {

    @Schema(name = "CandidateParent", description = "The containing place of a candidate.")
    public record Parent(
            @Schema(example = "77") long id,
            @Schema(example = "north-lebanon") String slug,
            @Schema(example = "North") String name) {}
}
