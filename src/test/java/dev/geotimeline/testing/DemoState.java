package dev.geotimeline.testing;

import dev.geotimeline.demo.DemoDataLoader;
import dev.geotimeline.importing.ImportResult;
import dev.geotimeline.pagecache.PageCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Puts the database back to the state of a fresh start: nothing but the demo data. Test classes
 * that assert whole lists of the seed story call it first, so that what other classes created
 * (in whatever order they ran) cannot change their answers.
 */
@ApplicationScoped
public class DemoState {

    // Children before parents: no link table of an event has a key that would cascade on PostgreSQL.
    private static final List<String> WIPE = List.of(
            "DELETE FROM event_term",
            "DELETE FROM event_document_pending",
            "DELETE FROM event_location_scope",
            "DELETE FROM event_actor",
            "DELETE FROM event_actor_pair",
            "DELETE FROM event_location",
            "DELETE FROM event_source",
            "DELETE FROM event_tag",
            "DELETE FROM event",
            "DELETE FROM event_date_count",
            "DELETE FROM event_actor_date_count",
            "DELETE FROM event_location_date_count",
            "DELETE FROM event_location_scope_date_count",
            "DELETE FROM actor",
            "UPDATE location SET parent_id = NULL",
            "DELETE FROM location",
            "DELETE FROM demo_item");

    @Inject
    EntityManager em;

    @Inject
    DemoDataLoader loader;

    @Inject
    PageCache pageCache;

    public void restore() {
        wipe();
        startAgain();
    }

    /** What a restart does to the data: the demo loader runs, no page is kept. */
    public ImportResult startAgain() {
        ImportResult loaded = loader.load();
        pageCache.advance();
        return loaded;
    }

    @Transactional
    public void wipe() {
        WIPE.forEach(sql -> em.createNativeQuery(sql).executeUpdate());
        pageCache.advance();
    }

    /** As in a database filled by a version that did not record the demo items it loaded. */
    @Transactional
    public void forgetLoadedDemoItems() {
        em.createNativeQuery("DELETE FROM demo_item").executeUpdate();
    }
}
