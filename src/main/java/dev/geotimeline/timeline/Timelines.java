package dev.geotimeline.timeline;

import dev.geotimeline.event.EventResponse;
import dev.geotimeline.paging.PageResponse;
import dev.geotimeline.paging.PagedResponses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/** Entry point for the resources that serve timelines (general, per actor, per location). */
@ApplicationScoped
public class Timelines {

    private final TimelineService service;

    public Timelines(TimelineService service) {
        this.service = service;
    }

    public RestResponse<PageResponse<EventResponse>> general(TimelineFilters filters, List<String> actors, List<String> locations,
                            String includeSublocations, UriInfo uri) {
        return PagedResponses.ok(service.timeline(filters.with(actors, locations, includeSublocations)), uri);
    }

    public RestResponse<PageResponse<EventResponse>> ofActor(String actor, TimelineFilters filters, List<String> otherActors, List<String> locations,
                            String includeSublocations, UriInfo uri) {
        return general(filters, prepend(actor, otherActors), locations, includeSublocations, uri);
    }

    public RestResponse<PageResponse<EventResponse>> ofLocation(String location, TimelineFilters filters, List<String> actors,
                               String includeSublocations, UriInfo uri) {
        return general(filters, actors, prepend(location, List.of()), includeSublocations, uri);
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        if (rest != null) {
            all.addAll(rest);
        }
        return all;
    }
}
