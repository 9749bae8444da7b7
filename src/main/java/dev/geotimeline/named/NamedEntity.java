package dev.geotimeline.named;

import dev.geotimeline.store.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A resource that clients name by slug, name or alias (actors, locations). Each entity maps
 * {@code aliases} and {@code lookupKeys} to its own tables with {@code @AssociationOverride}.
 */
@MappedSuperclass
public abstract class NamedEntity extends VersionedEntity {

    @Column(nullable = false)
    public String slug;

    @Column(nullable = false)
    public String name;

    @ElementCollection
    @OrderColumn(name = "position")
    @Column(name = "alias", nullable = false)
    public List<String> aliases = new ArrayList<>();

    /** The normalised slug, name and aliases ({@link dev.geotimeline.text.NameKeys}), unique across the kind. */
    @ElementCollection
    @Column(name = "lookup_key", nullable = false)
    public Set<String> lookupKeys = new HashSet<>();

    void rename(String newSlug, NamedRequest request, Set<String> keys) {
        slug = newSlug;
        name = request.name().strip();
        aliases.clear();
        request.aliasesOrEmpty().stream().map(String::strip).distinct().forEach(aliases::add);
        lookupKeys.clear();
        lookupKeys.addAll(keys);
    }
}
