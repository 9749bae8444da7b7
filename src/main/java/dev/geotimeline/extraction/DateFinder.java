package dev.geotimeline.extraction;

import dev.geotimeline.date.InvalidDateException;
import dev.geotimeline.date.RelativeDates;
import dev.geotimeline.date.ResolvedDate;
import dev.geotimeline.date.Tense;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds temporal expressions in a sentence and resolves each with the date resolver ({@link RelativeDates}),
 * against the report's day and the sentence's tense. A span the resolver does not accept is no date.
 */
final class DateFinder {

    /** A resolved expression at [start, end) of the text. */
    record Found(int start, int end, ResolvedDate resolved) {}

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String NUMBER =
            "(?:\\d{1,3}|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten" + "|eleven|twelve))";
    private static final String YEAR = "(?:1[89]\\d\\d|20\\d\\d)";
    private static final String PART = "(?:(?i:early|mid|late|earlier|later)[ -](?:(?i:on|in) )?"
            + "|(?i:the (?:beginning|start|end|middle) of) )";
    private static final String DIRECTION = "(?:(?i:last|next|this coming|this) )";
    private static final String TIME_OF_DAY = "(?: (?i:morning|afternoon|evening|night))";
    private static final String SEASON = "(?i:spring|summer|autumn|fall|winter)";

    private static final Pattern EXPRESSION = Pattern.compile("(?<![\\p{L}\\p{N}-])(?:(?i:since) )?" + PART + "?(?:"
            + "\\d{1,2} " + MONTH + "(?:,? " + YEAR + ")?"
            + "|" + MONTH + " \\d{1,2}(?:st|nd|rd|th)?(?:, " + YEAR + ")?(?![\\p{N}])"
            + "|" + DIRECTION + "?" + WEEKDAY + TIME_OF_DAY + "?"
            + "|" + DIRECTION + "?" + MONTH + "(?: " + YEAR + ")?"
            + "|(?:" + DIRECTION + "|(?i:earlier this|later this) )(?i:week|month|year)"
            + "|" + DIRECTION + SEASON + "(?: (?:of )?" + YEAR + ")?"
            + "|" + SEASON + " (?:of )?" + YEAR
            + "|(?i:yesterday|today|tonight|tomorrow)"
            + "|" + NUMBER + " (?i:days?|weeks?|months?|years?) (?i:ago)"
            + "|(?i:in )" + NUMBER + " (?i:days|weeks|months)(?! (?i:ago|later|earlier))"
            + "|(?<=(?i:in|since|of|during|by|until|mid|early|late) |mid-)" + YEAR
            + ")(?![\\p{L}\\p{N}])");

    private DateFinder() {}

    /** The expressions of text[from, to) that resolve, in order. */
    static List<Found> find(String text, int from, int to, LocalDate reportedOn, Tense tense) {
        List<Found> found = new ArrayList<>();
        Matcher matcher = EXPRESSION.matcher(text).region(from, to);
        matcher.useTransparentBounds(true);
        while (matcher.find()) {
            String expression = matcher.group();
            if (!Character.isLetterOrDigit(expression.charAt(expression.length() - 1)) && !expression.endsWith(".")) {
                continue;
            }
            try {
                found.add(new Found(
                        matcher.start(), matcher.end(), RelativeDates.resolve(expression, reportedOn, tense)));
            } catch (InvalidDateException | IllegalArgumentException | java.time.DateTimeException e) {
                // not a date the resolver knows: the words are no date
            }
        }
        return found;
    }
}
