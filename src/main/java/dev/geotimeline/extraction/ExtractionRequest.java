package dev.geotimeline.extraction;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ExtractionRequest",
        description = "A news report to read: its text and the day it was published, against which relative dates "
                + "(\"Wednesday\", \"last month\") are resolved.")
public record ExtractionRequest(
        @Schema(
                required = true,
                maxLength = Extractor.MAX_TEXT_LENGTH,
                description = "The report's text, at most " + Extractor.MAX_TEXT_LENGTH + " characters. Offsets in the "
                        + "answer count UTF-16 code units from its first character.",
                example = "On Wednesday, Russian President Vladimir Putin held a conversation with Ahmad al-Sharaa.")
        String text,

        @Schema(
                required = true,
                type = SchemaType.STRING,
                format = "date",
                description = "The day the report was published (YYYY-MM-DD)",
                example = "2025-02-13")
        String publishedOn,

        @Schema(
                maxLength = 2000,
                description = "The report's address; with it each candidate gets the external key that accepting "
                        + "it will use",
                example = "https://example.org/news/putin-al-sharaa-call")
        String url,

        @Schema(maxLength = 200, description = "Who published the report", example = "Example News")
        String publisher) {}
