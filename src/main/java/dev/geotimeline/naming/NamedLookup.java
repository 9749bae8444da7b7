package dev.geotimeline.naming;

import dev.geotimeline.problem.ProblemException;
import dev.geotimeline.text.NameKeys;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * Finds named resources (actors, locations) by id, slug, name or alias, and
 * keeps every lookup key pointing at one resource only.
 */
public final class NamedLookup<E> {

    private final EntityManager em;
    private final Class<E> type;
    private final String entity;
    private final String noun;
    private final ToLongFunction<E> idOf;

    public NamedLookup(EntityManager em, Class<E> type, String noun, ToLongFunction<E> idOf) {
        this.em = em;
        this.type = type;
        this.entity = type.getSimpleName();
        this.noun = noun;
        this.idOf = idOf;
    }

    public Optional<E> find(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        OptionalLong id = References.numericId(reference);
        if (id.isPresent()) {
            return Optional.ofNullable(em.find(type, id.getAsLong()));
        }
        String key = NameKeys.key(reference);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("select e from " + entity + " e join e.lookupKeys k where k = :key", type)
                .setParameter("key", key)
                .getResultStream().findFirst();
    }

    /** The resource a path or query parameter names; 404 when there is none. */
    public E require(String field, String reference) {
        return find(reference).orElseThrow(() -> ProblemException.notFound(field,
                "no " + noun + " is known by '" + abbreviate(reference) + "' (tried id, slug, name and aliases)"));
    }

    /** The resource a request body names; 422 when there is none. */
    public E requireInBody(String field, String reference) {
        return find(reference).orElseThrow(() -> ProblemException.unprocessable(field,
                "no " + noun + " is known by '" + abbreviate(reference) + "'; create it first"));
    }

    public Map<Long, E> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select e from " + entity + " e where e.id in :ids", type)
                .setParameter("ids", Set.copyOf(ids))
                .getResultStream()
                .collect(Collectors.toMap(idOf::applyAsLong, Function.identity()));
    }

    /** Rejects a slug or lookup key that already names another resource (409). */
    public void ensureUnused(Long ownId, String slug, Set<String> keys) {
        long self = ownId == null ? -1 : ownId;
        List<E> sameSlug = em.createQuery("select e from " + entity + " e where e.slug = :slug and e.id <> :self", type)
                .setParameter("slug", slug).setParameter("self", self).getResultList();
        if (!sameSlug.isEmpty()) {
            throw ProblemException.conflict("slug", "another " + noun + " already has the slug '" + slug + "'");
        }
        List<Object[]> clashes = em.createQuery("select k, e.slug from " + entity
                        + " e join e.lookupKeys k where k in :keys and e.id <> :self", Object[].class)
                .setParameter("keys", keys).setParameter("self", self)
                .setMaxResults(1).getResultList();
        if (!clashes.isEmpty()) {
            throw ProblemException.conflict("aliases", "the name or alias '" + clashes.get(0)[0]
                    + "' already identifies the " + noun + " '" + clashes.get(0)[1] + "'");
        }
    }

    /** Slug from the request or derived from the name; 400 when the name has no letters or digits. */
    public static String slugOf(String requestedSlug, String name) {
        String slug = requestedSlug != null ? requestedSlug : NameKeys.slug(name);
        if (slug.isEmpty()) {
            throw ProblemException.badRequest("name", "the name needs at least one letter or digit");
        }
        return slug;
    }

    /** The LIKE pattern for a name-prefix filter {@code q}; null when there is no filter. */
    public static String prefixOf(String query) {
        if (query == null || query.isBlank()) {
            return null;
        }
        String key = NameKeys.key(query);
        if (key.isEmpty()) {
            throw ProblemException.badRequest("q", "the search text has no letters or digits");
        }
        // Keys hold only letters, digits and single spaces, so no LIKE wildcard can get through.
        return key + "%";
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
