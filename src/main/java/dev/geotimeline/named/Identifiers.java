package dev.geotimeline.named;

import dev.geotimeline.problem.ProblemException;
import dev.geotimeline.text.NameKeys;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/** How clients identify stored resources: by numeric id, by slug, or by any name or alias. */
public final class Identifiers {

    private Identifiers() {}

    public static OptionalLong numericId(String reference) {
        String trimmed = reference == null ? "" : reference.strip();
        if (trimmed.isEmpty() || trimmed.length() > 18 || !trimmed.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(trimmed));
    }

    /** Every key a named resource can be found under: its slug, its name and its aliases. */
    public static Set<String> lookupKeys(String slug, String name, Collection<String> aliases) {
        List<String> names = new ArrayList<>();
        names.add(slug);
        names.add(name);
        names.addAll(aliases);
        return NameKeys.keys(names);
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
    public static String prefixPattern(String query) {
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
}
