package dev.geotimeline.actor;

import dev.geotimeline.named.NameText;
import dev.geotimeline.named.NamedRequest;
import dev.geotimeline.named.SlugText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActorRequest", description = "An actor to create or replace.")
public record ActorRequest(
        @NameText @Schema(example = "Ahmad al-Sharaa", required = true)
        String name,

        @SlugText @Schema(description = SlugText.DESCRIPTION, example = "ahmad-al-sharaa")
        String slug,

        @NotNull @Schema(example = "PERSON", required = true)
        ActorKind kind,

        @Size(max = 50)
        @Schema(
                description = "Other names and spellings the actor is known by",
                example = "[\"Abu Mohammad al-Jolani\", \"Ahmed al-Sharaa\"]")
        List<@NameText String> aliases,

        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as SY")
        @Schema(description = "ISO 3166-1 alpha-2 country code", example = "SY")
        String countryCode,

        @Pattern(regexp = "Q[1-9][0-9]{0,11}", message = "must be a Wikidata item id such as Q7747")
        @Schema(example = "Q7747")
        String wikidataId)
        implements NamedRequest {}
