package dev.geotimeline.named;

import dev.geotimeline.problem.FieldError;
import dev.geotimeline.problem.ProblemException;
import dev.geotimeline.store.Chunks;
import dev.geotimeline.store.Jdbc;
import dev.geotimeline.text.NameKeys;
import dev.geotimeline.text.UserText;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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

    /**
     * Locks the stored row until the transaction ends against every other lock, the key share of a write that
     * links to it included: JPA's pessimistic write lock is PostgreSQL's {@code FOR NO KEY UPDATE}, which a key
     * share does not wait for.
     */
    default void lockExclusively(E entity) {
        Jdbc.select(
                getEntityManager(),
                "select id from " + noun() + " where id = ? for update",
                List.of(entity.id),
                row -> row.getLong(1));
    }

    /** At most this many candidates are listed for an ambiguous name. */
    int MAX_CANDIDATES = 20;

    /** The resource a reference names; 409 with the candidates when it names several. */
    default Optional<E> findByReference(String reference) {
        return findByReference(noun(), reference);
    }

    private Optional<E> findByReference(String field, String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        OptionalLong id = Identifiers.numericId(reference);
        if (id.isPresent()) {
            return findByIdOptional(id.getAsLong());
        }
        List<E> found = findByKey(NameKeys.key(reference));
        if (found.isEmpty()) {
            found = findQualified(reference);
        }
        if (found.size() > 1) {
            throw ambiguous(field, reference, found);
        }
        return found.stream().findFirst();
    }

    /** The resources known by a lookup key, in id order (a few at most). */
    default List<E> findByKey(String key) {
        if (key.isEmpty()) {
            return List.of();
        }
        return find("select e from " + entityName() + " e join e.lookupKeys k where k = ?1 order by e.id", key)
                .range(0, MAX_CANDIDATES - 1)
                .list();
    }

    /**
     * The resources that each of these references names by id, or by a lookup key that names no other
     * resource, with one query per 500 references; references that name none or several are left out, for
     * {@link #findByReference(String)} to answer one by one.
     */
    default Map<String, E> findUnambiguous(Collection<String> references) {
        Map<String, E> found = new HashMap<>();
        Map<Long, List<String>> byId = new HashMap<>();
        Map<String, List<String>> byKey = new HashMap<>();
        for (String reference : references) {
            OptionalLong id = Identifiers.numericId(reference);
            String key = NameKeys.key(reference);
            if (id.isPresent()) {
                byId.computeIfAbsent(id.getAsLong(), any -> new ArrayList<>()).add(reference);
            } else if (!key.isEmpty()) {
                byKey.computeIfAbsent(key, any -> new ArrayList<>()).add(reference);
            }
        }
        byIds(byId.keySet()).forEach((id, entity) -> byId.get(id).forEach(reference -> found.put(reference, entity)));
        for (List<String> keys : Chunks.of(byKey.keySet(), Chunks.KEYS_PER_STATEMENT)) {
            Map<String, List<E>> named = new HashMap<>();
            getEntityManager()
                    .createQuery(
                            "select k, e from " + entityName() + " e join e.lookupKeys k where k in ?1", Object[].class)
                    .setParameter(1, keys)
                    .getResultList()
                    .forEach(row -> named.computeIfAbsent((String) row[0], any -> new ArrayList<>())
                            .add(entityType().cast(row[1])));
            named.forEach((key, entities) -> {
                if (entities.size() == 1) {
                    byKey.get(key).forEach(reference -> found.put(reference, entities.get(0)));
                }
            });
        }
        return found;
    }

    /** The resources a qualified reference names ("Tripoli, Lebanon"); none for kinds without one. */
    default List<E> findQualified(String reference) {
        return List.of();
    }

    /** How a 409 for an ambiguous name describes one of the resources it could mean. */
    default Candidate candidate(E entity) {
        return new Candidate(entity.id, entity.slug, entity.name, null, null, null);
    }

    private ProblemException ambiguous(String field, String reference, List<E> found) {
        String message = UserText.quote(reference) + " names " + found.size() + " " + noun()
                + "s; choose one of the candidates by its id, slug or qualified name";
        return new ProblemException(
                409,
                "Ambiguous name",
                message,
                List.of(new FieldError(field, message)),
                found.stream().map(this::candidate).toList());
    }

    /** The resource a path or query parameter names; 404 when there is none. */
    default E require(String field, String reference) {
        return findByReference(field, reference)
                .orElseThrow(() -> ProblemException.notFound(
                        field,
                        "no " + noun() + " is known by " + UserText.quote(reference)
                                + " (tried id, slug, name and aliases)"));
    }

    /**
     * The id of the resource a reference names, as {@link #require(String, String)} finds it, but in the common
     * case (a slug, name or alias that names one resource) with one read of the lookup key index and no entity.
     */
    default long requireId(String field, String reference) {
        if (reference != null && Identifiers.numericId(reference).isEmpty()) {
            String key = NameKeys.key(reference);
            List<Long> ids = key.isEmpty() ? List.of() : idsByKey(key);
            if (ids.size() == 1) {
                return ids.get(0);
            }
        }
        return require(field, reference).id;
    }

    /** Up to two ids of the resources a lookup key names. */
    private List<Long> idsByKey(String key) {
        String sql = "select " + noun() + "_id from " + noun() + "_key where lookup_key = ? fetch first 2 rows only";
        return Jdbc.select(getEntityManager(), sql, List.of(key), row -> row.getLong(1));
    }

    /** The resource a request body names; 422 when there is none. */
    default E requireInBody(String field, String reference) {
        return findByReference(field, reference)
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
        ensureUnused(ownId, slug, keys, "", Map.of());
    }

    /**
     * Rejects a slug already taken by another resource, or a lookup key of another resource that
     * also meets the JPQL condition {@code scope} on {@code e} (with its {@code parameters}).
     */
    default void ensureUnused(Long ownId, String slug, Set<String> keys, String scope, Map<String, Object> parameters) {
        long self = ownId == null ? -1 : ownId;
        if (slugTaken(slug, ownId)) {
            throw ProblemException.conflict("slug", "another " + noun() + " already has the slug '" + slug + "'");
        }
        var query = getEntityManager()
                .createQuery(
                        "select k, e.slug from " + entityName()
                                + " e join e.lookupKeys k where k in :keys and e.id <> :self" + scope,
                        Object[].class)
                .setParameter("keys", keys)
                .setParameter("self", self);
        parameters.forEach(query::setParameter);
        List<Object[]> clashes = query.setMaxResults(1).getResultList();
        if (!clashes.isEmpty()) {
            throw ProblemException.conflict(
                    "aliases",
                    "the name or alias '" + clashes.get(0)[0] + "' already identifies the " + noun() + " '"
                            + clashes.get(0)[1] + "'");
        }
    }

    /** Whether another resource than {@code ownId} (null for a new one) has the slug. */
    default boolean slugTaken(String slug, Long ownId) {
        return count("slug = ?1 and id <> ?2", slug, ownId == null ? -1L : ownId) > 0;
    }

    private String entityName() {
        return entityType().getSimpleName();
    }
}
