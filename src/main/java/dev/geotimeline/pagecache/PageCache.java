package dev.geotimeline.pagecache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.geotimeline.config.GeoTimelineConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Serialized pages of the read endpoints, kept until the next write.
 *
 * <p>Every completed write request advances the generation, and a page is served only if it was
 * made at the current generation. A page is stamped with the generation read before its data was
 * queried, so a page that raced a write is dropped, never served stale.
 *
 * <p>The generation lives in this process. That is exact for the embedded H2 database, which one
 * process owns; replicas sharing PostgreSQL would not see each other's writes, so the postgres
 * profile turns the cache off. Cached pages are served before the access checks run, so the cache
 * is also off when reads need a token (geotimeline.auth.require-viewer).
 */
@ApplicationScoped
public class PageCache {

    /** A serialized page and its Link header (null on the last page). */
    public record Entry(long generation, byte[] body, String link) {}

    private static final int ENTRY_OVERHEAD_BYTES = 128;

    private final boolean enabled;
    private final AtomicLong generation = new AtomicLong();
    private final Cache<String, Entry> entries;

    public PageCache(GeoTimelineConfig config) {
        this.enabled = config.pageCache().enabled() && !config.auth().requireViewer();
        this.entries = Caffeine.newBuilder()
                .maximumWeight(config.pageCache().maxSize().asLongValue())
                .weigher((String key, Entry entry) -> 2 * key.length() + entry.body().length + ENTRY_OVERHEAD_BYTES)
                .build();
    }

    public boolean enabled() {
        return enabled;
    }

    public long generation() {
        return generation.get();
    }

    /** The page stored under this key, if it was made since the last write. */
    public Entry fresh(String key) {
        Entry entry = entries.getIfPresent(key);
        return entry != null && entry.generation() == generation.get() ? entry : null;
    }

    public void store(String key, Entry entry) {
        if (entry.generation() == generation.get()) {
            entries.put(key, entry);
        }
    }

    /** Called after every write: all stored pages become stale. */
    public void advance() {
        generation.incrementAndGet();
        entries.invalidateAll();
    }
}
