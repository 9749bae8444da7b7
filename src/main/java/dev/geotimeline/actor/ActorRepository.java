package dev.geotimeline.actor;

import dev.geotimeline.named.NamedRepository;
import dev.geotimeline.paging.Cursor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ActorRepository implements NamedRepository<Actor> {

    @Override
    public Class<Actor> entityType() {
        return Actor.class;
    }

    /** Up to {@code limit} actors after the cursor in id order, of a kind and with a key starting with a prefix. */
    List<Actor> page(ActorKind kind, String keyPrefix, Cursor after, int limit) {
        return getEntityManager()
                .createQuery("""
                        select a from Actor a
                        where a.id > :after
                          and (:kind is null or a.kind = :kind)
                          and (:prefix is null or exists (
                                select 1 from Actor m join m.lookupKeys k where m = a and k like :prefix))
                        order by a.id""", Actor.class)
                .setParameter("after", after == null ? Long.MIN_VALUE : after.id())
                .setParameter("kind", kind)
                .setParameter("prefix", keyPrefix)
                .setMaxResults(limit)
                .getResultList();
    }

    long countEventsOf(Actor actor) {
        return ((Number) getEntityManager()
                        .createNativeQuery("select count(*) from event_actor where actor_id = ?1")
                        .setParameter(1, actor.id)
                        .getSingleResult())
                .longValue();
    }
}
