package dev.geotimeline.pagecache;

import dev.geotimeline.web.PageResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Keeps a copy of each page written by a {@link CachedPage} endpoint that missed the cache. */
@Provider
@CachedPage
public class PageCapture implements WriterInterceptor {

    private static final int INITIAL_BUFFER = 32 * 1024;

    private final PageCache cache;

    public PageCapture(PageCache cache) {
        this.cache = cache;
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        Object key = context.getProperty(PageCacheFilters.KEY);
        Object generation = context.getProperty(PageCacheFilters.GENERATION);
        if (!(key instanceof String cacheKey)
                || !(generation instanceof Long madeAt)
                || !(context.getEntity() instanceof PageResponse<?>)) {
            context.proceed();
            return;
        }
        OutputStream client = context.getOutputStream();
        ByteArrayOutputStream copy = new ByteArrayOutputStream(INITIAL_BUFFER);
        context.setOutputStream(copy);
        context.proceed();
        byte[] body = copy.toByteArray();
        client.write(body);
        context.setOutputStream(client);
        Object link = context.getHeaders().getFirst(HttpHeaders.LINK);
        cache.store(cacheKey, new PageCache.Entry(madeAt, body, link == null ? null : link.toString()));
    }
}
