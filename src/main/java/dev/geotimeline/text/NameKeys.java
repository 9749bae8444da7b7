package dev.geotimeline.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalises names so that spelling variants meet: case, accents, punctuation,
 * and the Arabic definite article, which English transliterations write as
 * "al-", "Al ", "el-" or, assimilated before sun letters, "ash-", "as-", "ad-"…
 * ("al-Sharaa", "Al Sharaa", "Sharaa" share the key "sharaa").
 */
public final class NameKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("(?<=\\p{L})['’]s(?![\\p{L}])");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘ʼʿʾ`´]");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> STANDALONE_ARTICLES = Set.of("al", "el");
    private static final Set<String> HYPHENATED_ARTICLES =
            Set.of("al", "el", "ul", "ar", "as", "ash", "at", "ath", "ad", "adh", "az", "an");
    private static final Pattern ARTICLE_WITH_HYPHEN =
            Pattern.compile("(?<![\\p{L}\\p{N}])(" + String.join("|", HYPHENATED_ARTICLES) + ")-(?=[\\p{L}])");
    private static final int MAX_KEY_LENGTH = 200;

    private NameKeys() {}

    /** The lookup key of a name, alias or slug; empty when nothing meaningful is left. */
    public static String key(String name) {
        return String.join(" ", tokens(name));
    }

    public static Set<String> keys(Collection<String> names) {
        Set<String> keys = new LinkedHashSet<>();
        for (String name : names) {
            String key = key(name);
            if (!key.isEmpty()) {
                keys.add(key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key);
            }
        }
        return keys;
    }

    /** Words of a text after folding, without the Arabic article. */
    public static List<String> tokens(String text) {
        if (text == null) {
            return List.of();
        }
        return isPlainAscii(text) ? plainAsciiTokens(text) : tokensByPatterns(text);
    }

    /** The general way, for any text: the patterns above, one pass each. */
    static List<String> tokensByPatterns(String text) {
        String folded = fold(text);
        folded = ARTICLE_WITH_HYPHEN.matcher(folded).replaceAll("");
        List<String> tokens = new ArrayList<>();
        for (String token : NON_ALNUM.split(folded)) {
            if (!token.isEmpty() && !STANDALONE_ARTICLES.contains(token)) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /**
     * ASCII without apostrophes or backquotes, as most titles and summaries are: folding is then only
     * lower-casing, so one pass over the characters finds the words. An import tokenises every event.
     */
    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 || c == '\'' || c == '`') {
                return false;
            }
        }
        return true;
    }

    /** {@link #tokensByPatterns} for plain ASCII: an article counts only when a hyphen and a letter follow. */
    private static List<String> plainAsciiTokens(String text) {
        List<String> tokens = new ArrayList<>();
        int length = text.length();
        int start = 0;
        while (start < length) {
            while (start < length && !isAsciiLetterOrDigit(text.charAt(start))) {
                start++;
            }
            int end = start;
            while (end < length && isAsciiLetterOrDigit(text.charAt(end))) {
                end++;
            }
            if (end > start) {
                String token = text.substring(start, end).toLowerCase(Locale.ROOT);
                boolean hyphenatedArticle = end + 1 < length
                        && text.charAt(end) == '-'
                        && isAsciiLetter(text.charAt(end + 1))
                        && HYPHENATED_ARTICLES.contains(token);
                if (!hyphenatedArticle && !STANDALONE_ARTICLES.contains(token)) {
                    tokens.add(token);
                }
            }
            start = end;
        }
        return tokens;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }

    /** Lower case, accents stripped, apostrophes and ayin/hamza marks dropped. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String unaccented = MARKS.matcher(decomposed).replaceAll("");
        String withoutPossessive = POSSESSIVE.matcher(unaccented).replaceAll("");
        return APOSTROPHES.matcher(withoutPossessive).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** URL-friendly identifier: "Hmeimim air base" becomes "hmeimim-air-base". */
    public static String slug(String name) {
        String folded = fold(name == null ? "" : name);
        String slug = NON_ALNUM.matcher(folded).replaceAll("-").replaceAll("(^-+|-+$)", "");
        return slug.length() > 120 ? slug.substring(0, 120).replaceAll("-+$", "") : slug;
    }
}
