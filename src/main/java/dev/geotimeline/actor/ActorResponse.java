package dev.geotimeline.actor;

import dev.geotimeline.named.NamedView;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Actor", description = "A person, state, organisation or group that takes part in events.")
public record ActorResponse(
        @Schema(example = "2") long id,
        @Schema(example = "ahmad-al-sharaa") String slug,
        @Schema(example = "Ahmad al-Sharaa") String name,
        @Schema(example = "PERSON") ActorKind kind,

        @Schema(example = "[\"Abu Mohammad al-Jolani\", \"Ahmed al-Sharaa\"]")
        List<String> aliases,

        @Schema(example = "SY", nullable = true) String countryCode,
        @Schema(nullable = true) String wikidataId,
        Instant createdAt,
        Instant updatedAt,
        @Schema(nullable = true) String createdBy,
        @Schema(nullable = true) String updatedBy,
        @Schema(example = "0") long version)
        implements NamedView {}
