package dev.geotimeline.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EventRequest", description = """
        An event to create or replace. Give its date either as EDTF in `date` (`2025-02-12`, `2024-12`, `2015`, \
        `2024-12~` for approximately) or as the words of the report in `when` ("Wednesday", "last month", \
        "in December") together with `reportedOn`, the day the report appeared; when `reportedOn` is omitted the \
        earliest source's `publishedOn` is used. `whenTense` or `whenContext` can say which way words without a \
        year point ("Monday" in "talks will resume on Monday"). `GET /api/v1/dates/resolve` previews the date.""")
public record EventRequest(
        @NotBlank @Size(max = 300) @Schema(required = true, example = "Putin and al-Sharaa hold their first phone call")
        String title,

        @Size(max = 5000)
        @Schema(
                example = "First conversation at head-of-state level since Assad's fall; the Kremlin called it "
                        + "constructive and business-like, covering trade, the economy and education.")
        String summary,

        @NotNull @Schema(required = true, example = "CONSULT")
        EventType type,

        @Size(max = 40)
        @Schema(
                description = "EDTF date (ISO 8601-2): day, month or year precision, a season or part of a year "
                        + "(2025-21 spring, 2024-34 second quarter, 1991-37 first third, 2024-40 first half), "
                        + "optional ~ for approximate, or an interval of at most 366 days",
                example = "2025-02-12")
        String date,

        @Size(max = 100)
        @Schema(
                description = "Relative date as written in the report, resolved against reportedOn",
                example = "Wednesday")
        String when,

        @Schema(description = "The day the report was published, for resolving `when`", example = "2025-02-13")
        LocalDate reportedOn,

        @Pattern(regexp = "past|future", message = "must be past or future")
        @Schema(
                description = "Optional: which way `when` points from the report when it has no year or direction "
                        + "of its own (a bare weekday, \"Nov. 6\", \"in March\"): past or future. "
                        + "Takes precedence over `whenContext`.",
                enumeration = {"past", "future"},
                example = "past")
        String whenTense,

        @Size(max = 1000)
        @Schema(
                description = "Optional: the sentence around `when`; its tense (\"will\", \"is due to\", "
                        + "\"plans to\", \"next\" forwards; \"said\", \"last\", a past verb backwards) "
                        + "chooses the direction when `whenTense` is absent.",
                example = "On Wednesday, Russian President Vladimir Putin held a conversation with Ahmad al-Sharaa.")
        String whenContext,

        @NotEmpty @Size(max = 20) @Schema(required = true) List<@Valid @NotNull Participation> actors,

        @Size(max = 20) @Schema(description = "Places by id, slug, name or alias", example = "[\"syria\"]")
        List<@NotBlank @Size(max = 200) String> locations,

        @Size(max = 20) List<@Valid @NotNull SourceRequest> sources,

        @Size(max = 30) @Schema(example = "[\"phone-call\", \"bilateral-relations\"]")
        List<
                        @NotBlank @Size(max = 50)
                        @Pattern(
                                regexp = "[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*",
                                message = "letters, digits, '.', '_' and '-' only")
                        String>
                tags,

        @Valid
        @Schema(
                description =
                        "Identifier of this event in an external dataset; imports use it to update instead of duplicating")
        ExternalKey externalKey) {

    /** The same event at other places. */
    public EventRequest withLocations(List<String> places) {
        return new EventRequest(
                title,
                summary,
                type,
                date,
                when,
                reportedOn,
                whenTense,
                whenContext,
                actors,
                places,
                sources,
                tags,
                externalKey);
    }

    public List<String> locationsOrEmpty() {
        return locations == null ? List.of() : locations;
    }

    public List<SourceRequest> sourcesOrEmpty() {
        return sources == null ? List.of() : sources;
    }

    public List<String> tagsOrEmpty() {
        return tags == null ? List.of() : tags;
    }

    @Schema(name = "Participation", description = "An actor of the event and its role.")
    public record Participation(
            @NotBlank
            @Size(max = 200)
            @Schema(required = true, description = "Actor id, slug, name or alias", example = "vladimir-putin")
            String actor,

            @NotNull @Schema(required = true, example = "INITIATOR")
            ActorRole role) {}

    @Schema(name = "SourceRequest", description = "Where the event is reported.")
    public record SourceRequest(
            @NotBlank
            @Size(max = 2000)
            @Pattern(regexp = "[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+", message = "must be an absolute URL or URN")
            @Schema(required = true, example = "https://example.org/news/putin-al-sharaa-call")
            String url,

            @Size(max = 200) @Schema(example = "Example News")
            String publisher,

            @Schema(example = "2025-02-13") LocalDate publishedOn,

            @Size(max = 2000)
            @Schema(example = "The Kremlin described the conversation as constructive and business-like.")
            String quote) {}

    @Schema(name = "ExternalKey", description = "An event's identity in an external dataset.")
    public record ExternalKey(
            @NotBlank @Size(max = 100) @Schema(required = true, example = "acled")
            String source,

            @NotBlank @Size(max = 200) @Schema(required = true, example = "SYR12345")
            String id) {}
}
