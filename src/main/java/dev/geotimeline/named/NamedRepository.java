package dev.geotimeline.named;

import dev.geotimeline.problem.ProblemException;
import dev.geotimeline.text.NameKeys;
import dev.geotimeline.text.UserText;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds named resources by id, slug, name or alias, and keeps every lookup key
 * pointing at one resource only.
 */
public interface NamedRepository<E extends NamedEntity> extends PanacheRepository<E> {

    Class<E> entityType();

    /** How messages call the resource: "actor", "location". */
    default String noun() {
        return entityType().getSimpleName().toLowerCase(Locale.ROOT);
    }

    default Optional<E> findByReference(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        OptionalLong id = Identifiers.numericId(reference);
        if (id.isPresent()) {
            return findByIdOptional(id.getAsLong());
        }
        String key = NameKeys.key(reference);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return find("select e from " + entityName() + " e join e.lookupKeys k where k = ?1", key)
                .firstResultOptional();
    }

    /** The resource a path or query parameter names; 404 when there is none. */
    default E require(String field, String reference) {
        return findByReference(reference)
                .orElseThrow(() -> ProblemException.notFound(
                        field,
                        "no " + noun() + " is known by " + UserText.quote(reference)
                                + " (tried id, slug, name and aliases)"));
    }

    /** The resource a request body names; 422 when there is none. */
    default E requireInBody(String field, String reference) {
        return findByReference(reference)
                .orElseThrow(() -> ProblemException.unprocessable(
                        field, "no " + noun() + " is known by " + UserText.quote(reference) + "; create it first"));
    }

    default Map<Long, E> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return list("id in ?1", Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(entity -> entity.id, Function.identity()));
    }

    /** Rejects a slug or lookup key that already names another resource (409). */
    default void ensureUnused(Long ownId, String slug, Set<String> keys) {
        long self = ownId == null ? -1 : ownId;
        if (count("slug = ?1 and id <> ?2", slug, self) > 0) {
            throw ProblemException.conflict("slug", "another " + noun() + " already has the slug '" + slug + "'");
        }
        List<Object[]> clashes = getEntityManager()
                .createQuery(
                        "select k, e.slug from " + entityName()
                                + " e join e.lookupKeys k where k in :keys and e.id <> :self",
                        Object[].class)
                .setParameter("keys", keys)
                .setParameter("self", self)
                .setMaxResults(1)
                .getResultList();
        if (!clashes.isEmpty()) {
            throw ProblemException.conflict(
                    "aliases",
                    "the name or alias '" + clashes.get(0)[0] + "' already identifies the " + noun() + " '"
                            + clashes.get(0)[1] + "'");
        }
    }

    private String entityName() {
        return entityType().getSimpleName();
    }
}
