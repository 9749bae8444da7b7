package dev.geotimeline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/** Plain ASCII text takes a one-pass tokeniser; it must find exactly the words the patterns find. */
class NameKeysTest {

    @Test
    void articlesGoOnlyWhenAHyphenAndALetterFollow() {
        assertEquals(
                List.of("putin", "calls", "sharaa", "shaibani", "as", "as", "2", "ad", "9", "bal", "x"),
                NameKeys.tokens("Putin calls al-Sharaa; ASH-Shaibani as As-2, ad-9 bal-x"));
        assertEquals(List.of("hmeimim", "air", "base", "3"), NameKeys.tokens("  Hmeimim--air base, 3!"));
        assertEquals(List.of("sharaa"), NameKeys.tokens("Al Sharaa's"));
    }

    @Property(tries = 3000)
    void plainAsciiTextHasTheWordsOfThePatterns(@ForAll("asciiTexts") String text) {
        Statistics.label("hyphenated article").collect(text.matches("(?is).*\\b(al|el|ash|as|ad)-[a-z].*"));
        assertEquals(NameKeys.tokensByPatterns(text), NameKeys.tokens(text), text);
    }

    @Property(tries = 500)
    void anyTextHasTheWordsOfThePatterns(@ForAll String text) {
        assertEquals(NameKeys.tokensByPatterns(text), NameKeys.tokens(text));
    }

    /** Pieces that meet the article rule's edges: articles, hyphens, digits, case, punctuation. */
    @Provide
    Arbitrary<String> asciiTexts() {
        Arbitrary<String> article =
                Arbitraries.of("al", "AL", "El", "ul", "ar", "as", "ash", "At", "ath", "ad", "adh", "az", "an", "a");
        Arbitrary<String> separator = Arbitraries.of("-", "--", " ", ",", ".", "_", "/", "\t", "(", ")");
        Arbitrary<String> word = Arbitraries.strings()
                .withCharRange('a', 'z')
                .withCharRange('A', 'Z')
                .ofMinLength(1)
                .ofMaxLength(6);
        Arbitrary<String> number =
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(3);
        Arbitrary<String> piece = Arbitraries.oneOf(
                article,
                separator,
                word,
                number,
                Arbitraries.strings().ascii().ofMaxLength(3),
                article.flatMap(a -> Arbitraries.oneOf(word, number, separator).map(next -> a + "-" + next)));
        return piece.list().ofMaxSize(12).map(pieces -> String.join("", pieces));
    }
}
