package dev.geotimeline.naming;

import dev.geotimeline.text.NameKeys;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/** How clients name stored resources: by numeric id, by slug, or by any name or alias. */
public final class References {

    private References() {
    }

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
}
