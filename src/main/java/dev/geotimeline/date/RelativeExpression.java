package dev.geotimeline.date;

import dev.geotimeline.text.UserText;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date expression split into its approximation qualifier and a normalised body: lower case, single spaces,
 * no trailing period, no leading "on"/"in".
 */
record RelativeExpression(String original, String body, boolean approximate) {

    static final int MAX_LENGTH = 100;

    private static final Pattern INNER_WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern APPROXIMATION =
            Pattern.compile("^(?:(?:around|about|approximately|circa|roughly|some|nearly|almost) |c\\. ?)");
    // "in" before a count ("in two weeks") points forwards and stays.
    private static final Pattern ON_OR_IN = Pattern.compile("^(?:on|at|during|over|by|until|for|throughout|as of|"
            + "in(?! (?:[0-9]+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) "
            + "(?:days?|weeks?|months?|years?|fortnight)\\b)) ");
    private static final Pattern POSSESSIVE = Pattern.compile("'s?$");
    // No letters or spaces but a four-digit run: the caller meant an absolute EDTF date.
    private static final Pattern ABSOLUTE = Pattern.compile("(?=.*[0-9]{4})[^\\s\\p{L}]+");

    static RelativeExpression parse(String expression, String supportedForms) {
        if (expression == null || expression.isBlank()) {
            throw new InvalidDateException("a date expression is required: supported forms are " + supportedForms);
        }
        String original = expression.strip();
        if (UserText.lengthInCodePoints(original) > MAX_LENGTH) {
            throw new InvalidDateException("cannot resolve " + UserText.quote(original)
                    + ": date expressions are limited to " + MAX_LENGTH + " characters");
        }
        String body = normalise(original);
        Matcher approximation = APPROXIMATION.matcher(body);
        boolean approximate = approximation.find();
        if (approximate) {
            body = body.substring(approximation.end());
        }
        return new RelativeExpression(original, withoutPreposition(body), approximate);
    }

    boolean looksAbsolute() {
        return looksAbsolute(body);
    }

    static boolean looksAbsolute(String text) {
        return ABSOLUTE.matcher(text).matches();
    }

    /** The text without a leading preposition ("on", "in", "during", "by" ...). */
    static String withoutPreposition(String text) {
        return ON_OR_IN.matcher(text).replaceFirst("");
    }

    private static String normalise(String text) {
        String singleSpaced = INNER_WHITESPACE
                .matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2013', '-'))
                .replaceAll(" ")
                .strip();
        String withoutDot = singleSpaced.endsWith(".")
                ? singleSpaced.substring(0, singleSpaced.length() - 1).strip()
                : singleSpaced;
        // "Wednesday's call", "last month's delegation": the possessive names the same date.
        return POSSESSIVE.matcher(withoutDot).replaceFirst("");
    }
}
