package dev.geotimeline.actor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.geotimeline.api.JsonBodies;
import dev.geotimeline.api.MergePatch;
import dev.geotimeline.api.Versions;
import dev.geotimeline.naming.NamedLookup;
import dev.geotimeline.naming.References;
import dev.geotimeline.paging.Cursor;
import dev.geotimeline.paging.Page;
import dev.geotimeline.problem.ProblemException;
import dev.geotimeline.problem.Validation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Everything about storing and finding actors. */
@ApplicationScoped
public class ActorService {

    private final EntityManager em;
    private final Validation validation;
    private final NamedLookup<Actor> lookup;
    private final JsonBodies json;

    public ActorService(EntityManager em, Validation validation, JsonBodies json) {
        this.em = em;
        this.json = json;
        this.validation = validation;
        this.lookup = new NamedLookup<>(em, Actor.class, "actor", a -> a.id);
    }

    public Optional<Actor> find(String reference) {
        return lookup.find(reference);
    }

    public Actor require(String field, String reference) {
        return lookup.require(field, reference);
    }

    public Actor requireInBody(String field, String reference) {
        return lookup.requireInBody(field, reference);
    }

    public Map<Long, Actor> byIds(Collection<Long> ids) {
        return lookup.byIds(ids);
    }

    public ActorResponse get(String reference) {
        return ActorResponse.of(require("actor", reference));
    }

    public Page<ActorResponse> list(String query, ActorKind kind, int limit, Cursor after) {
        String prefix = NamedLookup.prefixOf(query);
        List<Actor> rows = em.createQuery("""
                        select a from Actor a
                        where a.id > :after
                          and (:kind is null or a.kind = :kind)
                          and (:prefix is null or exists (
                                select 1 from Actor m join m.lookupKeys k where m = a and k like :prefix))
                        order by a.id""", Actor.class)
                .setParameter("after", after == null ? Long.MIN_VALUE : after.id())
                .setParameter("kind", kind)
                .setParameter("prefix", prefix)
                .setMaxResults(limit + 1)
                .getResultList();
        return Page.fromLookahead(rows, limit, a -> new Cursor(0, a.id))
                .map(page -> page.stream().map(ActorResponse::of).toList());
    }

    @Transactional
    public ActorResponse create(ActorRequest request, String author) {
        validation.check(request);
        Actor actor = new Actor();
        apply(actor, request);
        actor.recordAuthor(author, true);
        actor.persist();
        em.flush();
        return ActorResponse.of(actor);
    }

    @Transactional
    public ActorResponse replace(String reference, ActorRequest request, String author, Long expectedVersion) {
        validation.check(request);
        Actor actor = require("actor", reference);
        Versions.require(expectedVersion, actor.version);
        apply(actor, request);
        actor.recordAuthor(author, false);
        em.flush();
        return ActorResponse.of(actor);
    }

    @Transactional
    public ActorResponse patch(String reference, JsonNode patch, String author, Long expectedVersion) {
        Actor actor = require("actor", reference);
        Versions.require(expectedVersion, actor.version);
        ActorRequest current = new ActorRequest(actor.name, actor.slug, actor.kind, List.copyOf(actor.aliases),
                actor.countryCode, actor.wikidataId);
        ActorRequest patched = json.convert(MergePatch.apply(json.tree(current), patch), ActorRequest.class);
        return replace(reference, patched, author, expectedVersion);
    }

    @Transactional
    public void delete(String reference, Long expectedVersion) {
        Actor actor = require("actor", reference);
        Versions.require(expectedVersion, actor.version);
        Number uses = (Number) em.createNativeQuery("select count(*) from event_actor where actor_id = ?1")
                .setParameter(1, actor.id).getSingleResult();
        if (uses.longValue() > 0) {
            throw ProblemException.conflict("actor", "the actor takes part in " + uses
                    + " event(s); remove it from them first");
        }
        actor.delete();
    }

    private void apply(Actor actor, ActorRequest request) {
        String slug = NamedLookup.slugOf(request.slug(), request.name());
        Set<String> keys = References.lookupKeys(slug, request.name(), request.aliasesOrEmpty());
        lookup.ensureUnused(actor.id, slug, keys);
        actor.slug = slug;
        actor.name = request.name().strip();
        actor.kind = request.kind();
        actor.countryCode = request.countryCode();
        actor.wikidataId = request.wikidataId();
        actor.aliases.clear();
        request.aliasesOrEmpty().stream().map(String::strip).distinct().forEach(actor.aliases::add);
        actor.lookupKeys.clear();
        actor.lookupKeys.addAll(keys);
    }
}
