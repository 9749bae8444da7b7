package dev.geotimeline.web;

import dev.geotimeline.paging.Page;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/** Builds page responses with the next page both in the body and in an RFC 8288 Link header. */
public final class PagedResponses {

    private PagedResponses() {}

    public static <T> RestResponse<PageResponse<T>> ok(Page<T> page, UriInfo uri) {
        if (page.next() == null) {
            return RestResponse.ok(new PageResponse<>(page.items(), null, null));
        }
        String cursor = page.next().encode();
        URI next =
                uri.getRequestUriBuilder().replaceQueryParam("cursor", cursor).build();
        return RestResponse.ResponseBuilder.ok(new PageResponse<>(page.items(), cursor, next.toString()))
                .header(HttpHeaders.LINK, Link.fromUri(next).rel("next").build().toString())
                .build();
    }
}
