package dev.geotimeline.named;

import java.util.List;

/** The names every request for a named resource carries. */
public interface NamedRequest {

    String name();

    /** Null when the slug is to be derived from the name. */
    String slug();

    List<String> aliases();

    default List<String> aliasesOrEmpty() {
        return aliases() == null ? List.of() : aliases();
    }
}
