package dev.geotimeline.extraction;

import dev.geotimeline.event.EventRequest.ExternalKey;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AcceptExtractedResponse", description = "What accepting did: all candidates are stored, or none.")
public record AcceptResponse(
        @Schema(example = "3") int received,
        @Schema(example = "3") int created,

        @Schema(
                description = "Candidates accepted before (their external key is stored), left as they are",
                example = "0")
        int unchanged,

        @Schema(required = true, description = "The external key of each candidate, in order")
        List<ExternalKey> externalKeys) {}
