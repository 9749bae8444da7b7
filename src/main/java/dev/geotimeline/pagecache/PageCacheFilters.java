package dev.geotimeline.pagecache;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Serves fresh cached pages, and makes every write invalidate them. */
public class PageCacheFilters {

    static final String KEY = PageCacheFilters.class.getName() + ".key";
    static final String GENERATION = PageCacheFilters.class.getName() + ".generation";
    private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final PageCache cache;

    public PageCacheFilters(PageCache cache) {
        this.cache = cache;
    }

    /**
     * Runs on the I/O thread, before the switch to a worker thread and before the access checks;
     * so it only works when reads are public (see {@link PageCache#enabled()}).
     */
    @CachedPage
    @ServerRequestFilter(nonBlocking = true, priority = Priorities.AUTHENTICATION - 100)
    public Response serveFreshPage(ContainerRequestContext request) {
        if (!cache.enabled() || !HttpMethod.GET.equals(request.getMethod())) {
            return null;
        }
        // The Accept header chooses between the JSON page and an export: it is part of the key, so a
        // cached page is never the answer to a request for CSV (exports themselves are never stored).
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        String key = request.getUriInfo().getRequestUri() + "\n" + (accept == null ? "" : accept);
        PageCache.Entry entry = cache.fresh(key);
        if (entry != null) {
            Response.ResponseBuilder response = Response.ok(entry.body(), MediaType.APPLICATION_JSON_TYPE);
            return (entry.link() == null ? response : response.header(HttpHeaders.LINK, entry.link())).build();
        }
        request.setProperty(KEY, key);
        request.setProperty(GENERATION, cache.generation());
        return null;
    }

    /**
     * The timelines answer a JSON page or an export depending on Accept, so browsers and proxies that
     * cache them must keep one copy per Accept value.
     */
    @CachedPage
    @ServerResponseFilter
    public void varyByAccept(ContainerResponseContext response) {
        response.getHeaders().putSingle(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }

    /** Response filters run after the write's transaction has committed and before the client hears of it. */
    @ServerResponseFilter
    public void invalidateAfterWrites(ContainerRequestContext request) {
        if (!READS.contains(request.getMethod())) {
            cache.advance();
        }
    }
}
