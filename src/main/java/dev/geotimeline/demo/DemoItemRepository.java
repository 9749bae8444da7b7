package dev.geotimeline.demo;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class DemoItemRepository implements PanacheRepositoryBase<DemoItem, String> {

    /**
     * Waits until no other process is loading the demo (the lock is held until the transaction
     * ends), so that replicas starting together load it once.
     */
    void lockLoading() {
        getEntityManager()
                .createNativeQuery("SELECT id FROM demo_load_lock WHERE id = 1 FOR UPDATE")
                .getSingleResult();
    }

    Set<String> recorded() {
        return streamAll().map(item -> item.item).collect(Collectors.toSet());
    }

    void record(String item) {
        persist(new DemoItem(item, OffsetDateTime.now()));
    }
}
