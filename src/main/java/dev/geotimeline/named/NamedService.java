package dev.geotimeline.named;

import dev.geotimeline.paging.Cursor;
import dev.geotimeline.paging.Page;
import dev.geotimeline.problem.Validation;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Storing and finding a kind of named resource: create, replace, patch and delete, with
 * unique slugs and lookup keys. Subclasses add the fields of their kind.
 *
 * @param <E> the entity
 * @param <Q> the request that creates or replaces one
 * @param <V> the view answered to clients
 */
public abstract class NamedService<E extends NamedEntity, Q extends NamedRequest, V> {

    private final NamedRepository<E> repository;
    private final Validation validation;
    private final Supplier<E> newEntity;
    private final Function<E, V> view;

    protected NamedService(
            NamedRepository<E> repository, Validation validation, Supplier<E> newEntity, Function<E, V> view) {
        this.repository = repository;
        this.validation = validation;
        this.newEntity = newEntity;
        this.view = view;
    }

    /** For the container's client proxies only. */
    protected NamedService() {
        this(null, null, null, null);
    }

    public Optional<E> find(String reference) {
        return repository.findByReference(reference);
    }

    public E require(String field, String reference) {
        return repository.require(field, reference);
    }

    /** See {@link NamedRepository#requireId(String, String)}. */
    public long requireId(String field, String reference) {
        return repository.requireId(field, reference);
    }

    public E requireInBody(String field, String reference) {
        return repository.requireInBody(field, reference);
    }

    /** See {@link NamedRepository#findUnambiguous(Collection)}. */
    public Map<String, E> findUnambiguous(Collection<String> references) {
        return repository.findUnambiguous(references);
    }

    public Map<Long, E> byIds(Collection<Long> ids) {
        return repository.byIds(ids);
    }

    public V get(String reference) {
        return view.apply(require(repository.noun(), reference));
    }

    /** A page of views from rows fetched with one more than {@code limit} (in id order). */
    protected Page<V> pageOf(List<E> rows, int limit) {
        return Page.fromLookahead(rows, limit, entity -> new Cursor(0, entity.id))
                .map(page -> page.stream().map(view).toList());
    }

    @Transactional
    public V create(Q request, String author) {
        validation.check(request);
        E entity = newEntity.get();
        store(entity, request, author);
        repository.persistAndFlush(entity);
        return view.apply(entity);
    }

    @Transactional
    public V replace(String reference, Q request, String author, Long expectedVersion) {
        validation.check(request);
        E entity = require(repository.noun(), reference);
        entity.requireVersion(expectedVersion);
        store(entity, request, author);
        repository.flush();
        return view.apply(entity);
    }

    /** Applies {@code change} to the stored state as a request, then replaces it, in one transaction. */
    @Transactional
    public V patch(String reference, UnaryOperator<Q> change, String author, Long expectedVersion) {
        E entity = require(repository.noun(), reference);
        entity.requireVersion(expectedVersion);
        return replace(reference, change.apply(requestOf(entity)), author, expectedVersion);
    }

    @Transactional
    public void delete(String reference, Long expectedVersion) {
        E entity = require(repository.noun(), reference);
        entity.requireVersion(expectedVersion);
        // Locked before its uses are counted: an event write locks what it links to as well (on PostgreSQL its
        // links have no foreign key), so the count sees that write's links, or the write sees the delete.
        repository.lockExclusively(entity);
        ensureDeletable(entity);
        repository.delete(entity);
    }

    private void store(E entity, Q request, String author) {
        String slug = request.slug() != null
                ? Identifiers.slugOf(request.slug(), request.name())
                : derivedSlug(entity, request, Identifiers.slugOf(null, request.name()));
        Set<String> keys = Identifiers.lookupKeys(slug, request.name(), request.aliasesOrEmpty());
        ensureUnused(entity, request, slug, keys);
        boolean renamed = entity.id != null
                && !(slug.equals(entity.slug) && request.name().strip().equals(entity.name));
        entity.rename(slug, request, keys);
        apply(entity, request);
        entity.recordAuthor(author, entity.id == null);
        if (renamed) {
            renamed(entity);
        }
    }

    /** Called when a stored resource's slug or name changes, in the changing transaction. */
    protected void renamed(E entity) {}

    /** The slug of a request that gives none; {@code fromName} is the one derived from its name. */
    protected String derivedSlug(E entity, Q request, String fromName) {
        return fromName;
    }

    /** Throws a 409 when the slug or a lookup key already names another resource. */
    protected void ensureUnused(E entity, Q request, String slug, Set<String> keys) {
        repository.ensureUnused(entity.id, slug, keys);
    }

    /** Copies the fields beyond the names from a validated request. */
    protected abstract void apply(E entity, Q request);

    /** The request that would store the entity as it is now (the base of a patch). */
    protected abstract Q requestOf(E entity);

    /** Throws a 409 while anything still refers to the entity. */
    protected abstract void ensureDeletable(E entity);
}
