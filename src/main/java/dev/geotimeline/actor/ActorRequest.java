package dev.geotimeline.actor;

import dev.geotimeline.named.NamedRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActorRequest", description = "An actor to create or replace.")
public record ActorRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Ahmad al-Sharaa", required = true)
        String name,

        @Size(max = 120)
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "lower-case letters, digits and single hyphens only")
        @Schema(description = "URL identifier; derived from the name when omitted", example = "ahmad-al-sharaa")
        String slug,

        @NotNull @Schema(example = "PERSON", required = true)
        ActorKind kind,

        @Size(max = 50)
        @Schema(
                description = "Other names and spellings the actor is known by",
                example = "[\"Abu Mohammad al-Jolani\", \"Ahmed al-Sharaa\"]")
        List<@NotBlank @Size(max = 200) String> aliases,

        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as SY")
        @Schema(description = "ISO 3166-1 alpha-2 country code", example = "SY")
        String countryCode,

        @Pattern(regexp = "Q[1-9][0-9]{0,11}", message = "must be a Wikidata item id such as Q7747")
        @Schema(example = "Q7747")
        String wikidataId)
        implements NamedRequest {}
