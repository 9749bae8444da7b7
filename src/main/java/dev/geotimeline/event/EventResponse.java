package dev.geotimeline.event;

import dev.geotimeline.date.DatePrecision;
import dev.geotimeline.event.EventRequest.ExternalKey;
import dev.geotimeline.location.LocationSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Event", description = "A dated event: who did what, where, when, according to which sources.")
public record EventResponse(
        @Schema(example = "51") long id,

        @Schema(example = "Putin and al-Sharaa hold their first phone call")
        String title,

        @Schema(nullable = true) String summary,
        @Schema(example = "CONSULT") EventType type,
        DateView date,
        List<ActorView> actors,
        List<LocationSummary> locations,
        List<SourceView> sources,
        @Schema(example = "[\"phone-call\"]") List<String> tags,
        @Schema(nullable = true) ExternalKey externalKey,
        Instant createdAt,
        Instant updatedAt,
        @Schema(nullable = true) String createdBy,
        @Schema(nullable = true) String updatedBy,
        @Schema(example = "0") long version) {

    @Schema(name = "EventDate", description = """
            The event's date as EDTF with its precision and the first and last day it may fall on. \
            `expression` and `reportedOn` are present when the date was given in relative words.""")
    public record DateView(
            @Schema(example = "2025-02-12") String edtf,
            @Schema(example = "DAY") DatePrecision precision,
            @Schema(example = "false") boolean approximate,
            @Schema(example = "2025-02-12") LocalDate earliest,
            @Schema(example = "2025-02-12") LocalDate latest,
            @Schema(nullable = true, example = "Wednesday") String expression,
            @Schema(nullable = true, example = "2025-02-13") LocalDate reportedOn) {}

    @Schema(name = "EventActor", description = "An actor of the event with its role.")
    public record ActorView(
            @Schema(example = "1") long id,
            @Schema(example = "vladimir-putin") String slug,
            @Schema(example = "Vladimir Putin") String name,
            @Schema(example = "INITIATOR") ActorRole role) {}

    @Schema(name = "Source", description = "A report of the event.")
    public record SourceView(
            @Schema(example = "https://example.org/news/putin-al-sharaa-call")
            String url,

            @Schema(nullable = true, example = "Example News")
            String publisher,

            @Schema(nullable = true, example = "2025-02-13") LocalDate publishedOn,
            @Schema(nullable = true) String quote) {}
}
