package dev.geotimeline.date;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which way an expression without a year points from the report: backwards ({@code PAST}) or forwards
 * ({@code FUTURE}). Given by the caller, or read from the sentence around the expression.
 */
public enum Tense {
    PAST,
    FUTURE;

    // Forward cues win over backward ones: "officials said talks will resume on Monday" points forwards.
    private static final Pattern FUTURE_CUES = Pattern.compile("\\b(?:will|won't|shall|'ll|is due|are due|was due|"
            + "were due|due to|plans?|planning|planned|scheduled|is to|are to|is set to|are set to|"
            + "set to|expected to|forecast to|predicted to|projected to|likely to|is expected|are expected|going to|would|intends? to|aims? to|upcoming|"
            + "next|coming|tomorrow|later this|ahead of|forthcoming|to be held)\\b");
    private static final Pattern PAST_CUES = Pattern.compile("\\b(?:said|says|told|last|ago|was|were|had|did|"
            + "earlier|yesterday|held|met|took|made|went|came|gave|left|began|fell|won|lost|saw|sent|spoke|"
            + "struck|broke|rose|led|paid|fought|fled|[a-z]{2,}ed)\\b");

    /** Lower-case name for JSON and query parameters: "past" or "future". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "past" or "future", any case; empty for anything else. */
    public static Optional<Tense> fromLabel(String text) {
        for (Tense tense : values()) {
            if (tense.label().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return Optional.of(tense);
            }
        }
        return Optional.empty();
    }

    /**
     * The tense of a sentence from its verbs and cues: forwards when it has a forward cue ("will", "is due to",
     * "plans to", "next", "scheduled", "would" ...), else backwards when it has a backward one ("said", "last",
     * "ago", "was", a verb in -ed ...), else none.
     */
    public static Optional<Tense> fromContext(String sentence) {
        if (sentence == null || sentence.isBlank()) {
            return Optional.empty();
        }
        String text = sentence.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (FUTURE_CUES.matcher(text).find()) {
            return Optional.of(FUTURE);
        }
        return PAST_CUES.matcher(text).find() ? Optional.of(PAST) : Optional.empty();
    }
}
