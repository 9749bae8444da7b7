package dev.geotimeline.text;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The words under which an event is found by the full-text filter. The same
 * folding applies to the indexed text and to the query, so "Al-Sharaa" finds
 * "al-Sharaa" and "Kremlin's" finds "Kremlin".
 */
public final class SearchTerms {

    public static final int MAX_TERM_LENGTH = 64;

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "is", "it", "its",
            "of", "on", "or", "s", "that", "the", "this", "to", "was", "were", "which", "will", "with");

    private SearchTerms() {}

    public static Set<String> of(String... texts) {
        Set<String> terms = new LinkedHashSet<>();
        for (String text : texts) {
            for (String token : NameKeys.tokens(text)) {
                if (!STOP_WORDS.contains(token)) {
                    terms.add(token.length() > MAX_TERM_LENGTH ? token.substring(0, MAX_TERM_LENGTH) : token);
                }
            }
        }
        return terms;
    }
}
