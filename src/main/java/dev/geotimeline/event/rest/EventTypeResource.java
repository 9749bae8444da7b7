package dev.geotimeline.event.rest;

import dev.geotimeline.event.EventType;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/event-types")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class EventTypeResource {

    @Schema(name = "EventTypeDescription")
    public record EventTypeView(
            @Schema(example = "CONSULT") EventType type,

            @Schema(example = "Meet, talk, visit or hold a call; includes official delegations")
            String description) {}

    @GET
    @Operation(
            operationId = "listEventTypes",
            summary = "List event types",
            description = "The controlled vocabulary of event types (PLOVER "
                    + "categories, the successor of CAMEO), each with what it covers.")
    public List<EventTypeView> list() {
        return Arrays.stream(EventType.values())
                .map(t -> new EventTypeView(t, t.description()))
                .toList();
    }
}
