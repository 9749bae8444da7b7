package dev.geotimeline.timeline.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** The actors and places of the timeline across all events and of its histogram. */
public class TimelineScope {

    @RestQuery
    @Parameter(
            description = "Actors that must all take part (id, slug, name or alias); repeat the parameter for "
                    + "several. Example: `vladimir-putin`.")
    public List<String> actor;

    @RestQuery
    @Parameter(
            description = "Locations the event must be at (all of them), each including the places inside it unless "
                    + "includeSublocations=false. Example: `syria`.")
    public List<String> location;

    @RestQuery
    @Parameter(
            description = TimelineFilters.INCLUDE_SUBLOCATIONS,
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true"))
    public String includeSublocations;
}
