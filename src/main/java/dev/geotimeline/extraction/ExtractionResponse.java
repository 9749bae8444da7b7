package dev.geotimeline.extraction;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.geotimeline.date.DatePrecision;
import dev.geotimeline.event.ActorRole;
import dev.geotimeline.event.EventRequest.ExternalKey;
import dev.geotimeline.event.EventType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExtractionResponse", description = "The candidate events of a report, in the order it tells them.")
public record ExtractionResponse(
        @Schema(description = "The day the report was published", example = "2025-02-13")
        LocalDate publishedOn,

        @Schema(description = "How many sentences the report has", example = "12")
        int sentences,

        @Schema(required = true) List<Candidate> candidates) {

    @Schema(name = "ExtractedCandidate", description = "One event a careful reader might list, with its evidence.")
    public record Candidate(
            @Schema(description = "A suggested title: the words of the report that tell the event")
            String title,

            @Schema(required = true) Span evidence,
            @Schema(required = true) FoundDate date,
            @Schema(required = true) List<ActorMention> actors,
            @Schema(required = true) List<PlaceMention> places,

            @Schema(required = true, description = "Capitalised names that match no known actor or place")
            List<NewName> possibleNewNames,

            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "The suggested PLOVER type and the cue that chose it; absent when no cue matched")
            TypeGuess type,

            @Schema(required = true) Confidence confidence,

            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "The key accepting this candidate will store (only when the request gave `url`)")
            ExternalKey externalKey) {}

    @Schema(name = "ExtractedSpan", description = "Words of the report and where they stand in it")
    public record Span(
            @Schema(required = true, example = "Ahmad al-Sharaa")
            String text,

            @Schema(required = true, description = "Offset of the first character", example = "72")
            int start,

            @Schema(required = true, description = "Offset just past the last character", example = "87")
            int end) {}

    @Schema(name = "ExtractedDate", description = "The date of a candidate, resolved against the report's day")
    public record FoundDate(
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "The temporal expression as written; absent when the date is the report's")
            Span expression,

            @Schema(required = true, example = "2025-02-12") String edtf,
            @Schema(required = true, example = "2025-02-12") LocalDate earliest,
            @Schema(required = true, example = "2025-02-12") LocalDate latest,
            @Schema(required = true, example = "DAY") DatePrecision precision,
            @Schema(required = true, example = "false") boolean approximate,

            @Schema(
                    required = true,
                    description = "The rule that fired, in words",
                    example = "the latest Wednesday on or before 2025-02-13 (a bare weekday reads backwards)")
            String rule,

            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(
                    description = "The tense read from the sentence",
                    enumeration = {"past", "future"},
                    example = "past")
            String tense,

            @Schema(
                    required = true,
                    description = "Whether the sentence had no date of its own and took the report's day",
                    example = "false")
            boolean fromReport) {}

    @Schema(name = "ExtractedActor", description = "A known actor named in the sentence")
    public record ActorMention(
            @Schema(required = true, description = "The actor's slug", example = "vladimir-putin")
            String actor,

            @Schema(required = true, example = "Vladimir Putin")
            String name,

            @Schema(required = true) Span mention,

            @Schema(
                    required = true,
                    description = "Guessed from the position before or after the cue",
                    example = "INITIATOR")
            ActorRole role,

            @Schema(
                    required = true,
                    description = "How the actor was found: its name or an alias, or an adjective of nationality",
                    enumeration = {"name", "demonym"},
                    example = "name")
            String via) {}

    @Schema(name = "ExtractedPlace", description = "A known place named in the sentence")
    public record PlaceMention(
            @Schema(required = true, description = "The place's slug", example = "damascus")
            String place,

            @Schema(required = true, example = "Damascus") String name,
            @Schema(required = true) Span mention) {}

    @Schema(name = "PossibleNewName", description = "A capitalised name that matches nothing known")
    public record NewName(
            @Schema(required = true) Span mention,

            @Schema(required = true, description = "The words around it", example = "talks with Hakan Fidan in Ankara")
            String context) {}

    @Schema(name = "TypeGuess", description = "A suggested PLOVER type and the cue word that chose it")
    public record TypeGuess(
            @Schema(required = true, example = "CONSULT") EventType type,
            @Schema(required = true) Span cue) {}

    @Schema(name = "ExtractionConfidence", description = "How sure the extraction is, and why")
    public record Confidence(
            @Schema(
                    required = true,
                    enumeration = {"high", "medium", "low"},
                    example = "high")
            String level,

            @Schema(required = true) List<String> reasons) {}
}
