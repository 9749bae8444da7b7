package dev.geotimeline.extraction;

import dev.geotimeline.event.EventRequest.Participation;
import dev.geotimeline.event.EventType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "AcceptExtractedRequest",
        description = "The report and the candidates of POST /api/v1/extractions as the editor kept and edited them.")
public record AcceptRequest(
        @NotBlank
        @Size(max = 2000)
        @Pattern(regexp = "[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+", message = "must be an absolute URL or URN")
        @Schema(required = true, example = "https://example.org/news/putin-al-sharaa-call")
        String url,

        @Size(max = 200) @Schema(example = "Example News") String publisher,

        @NotNull @Schema(required = true, example = "2025-02-13")
        LocalDate publishedOn,

        @NotEmpty @Size(max = 100) @Schema(required = true) List<@Valid @NotNull AcceptedCandidate> candidates) {

    @Schema(
            name = "AcceptedCandidate",
            description = "One candidate to store as an event. Its date is `date` (EDTF) when given, else the words "
                    + "of `when` resolved against the report's day (and kept, as for POST /api/v1/events).")
    public record AcceptedCandidate(
            @NotBlank @Size(max = 300) @Schema(required = true, example = "Putin held a conversation with al-Sharaa")
            String title,

            @NotNull @Schema(required = true, example = "CONSULT")
            EventType type,

            @Size(max = 40) @Schema(description = "EDTF date; takes precedence over `when`", example = "2025-02-12")
            String date,

            @Size(max = 100) @Schema(description = "The temporal expression as written", example = "On Wednesday")
            String when,

            @Pattern(regexp = "past|future", message = "must be past or future")
            @Schema(
                    description = "The tense the extraction read",
                    enumeration = {"past", "future"},
                    example = "past")
            String tense,

            @NotBlank
            @Size(max = 2000)
            @Schema(
                    required = true,
                    description = "The evidence: stored as the source's quote",
                    example = "On Wednesday, Russian President Vladimir Putin held a conversation with Ahmad al-Sharaa")
            String quote,

            @NotNull
            @PositiveOrZero
            @Schema(required = true, description = "The evidence's start offset", example = "0")
            Integer start,

            @NotNull @PositiveOrZero @Schema(required = true, description = "The evidence's end offset", example = "87")
            Integer end,

            @NotEmpty @Size(max = 20) @Schema(required = true)
            List<@Valid @NotNull Participation> actors,

            @Size(max = 20) @Schema(example = "[\"moscow\"]")
            List<@NotBlank @Size(max = 200) String> places) {}
}
