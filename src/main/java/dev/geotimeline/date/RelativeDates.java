package dev.geotimeline.date;

import dev.geotimeline.text.UserText;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Resolves natural-language date expressions found in news reports against the reference date R, the day the
 * report was published. Expressions are case-insensitive; surrounding whitespace, a trailing period and a leading
 * "on" or "in" are ignored. Nothing is guessed: an expression that is not one of the forms below is rejected with
 * an {@link InvalidDateException} naming it and listing the supported forms.
 *
 * <h2>Days</h2>
 * <ul>
 *   <li>{@code today} is R; {@code yesterday} is R-1; {@code the day before yesterday} is R-2.</li>
 *   <li>{@code N days ago} (N as digits, or a/an/one ... ten) is R-N.</li>
 *   <li>{@code N weeks ago} / {@code a week ago} is R-7N days, approximate, since it is a rough expression.</li>
 *   <li>A weekday, full or three letters ({@code Wednesday}, {@code on Wed}) is the most recent such weekday on
 *       or before R: a report published on a Wednesday saying "on Wednesday" means that same day.</li>
 *   <li>{@code last <weekday>} is the most recent such weekday strictly before R.</li>
 * </ul>
 *
 * <h2>Weeks, months and years</h2>
 * <ul>
 *   <li>{@code this week} is the interval from Monday of R's ISO week to R (a one-day interval on a Monday);
 *       {@code last week} is the previous ISO week, Monday to Sunday.</li>
 *   <li>{@code this month} is R's month; {@code earlier this month} is the interval from the 1st to R-1, rejected
 *       when R is the 1st; {@code last month} is the month before R's; {@code N months ago} is R's month minus N,
 *       approximate.</li>
 *   <li>{@code this year} is R's year; {@code earlier this year} is the interval from 1 January to R-1, rejected
 *       when R is 1 January; {@code last year} is R's year minus one.</li>
 * </ul>
 *
 * <h2>Calendar months and days</h2>
 * <ul>
 *   <li>A month name, full or three letters ({@code December}, {@code in Dec}) is the most recent such month not
 *       after R's month; {@code last December} is the most recent one strictly before R's month;
 *       {@code early/mid/late December} is the same month as the bare name, approximate.</li>
 *   <li>{@code December 2024}, {@code in December 2024} (optionally early/mid/late) is that month.</li>
 *   <li>A day and month ({@code 8 December}, {@code December 8}, {@code Dec. 8}, {@code 8th December},
 *       {@code December 8th}, {@code the 8th of December}) is the most recent such day on or before R;
 *       {@code 29 February} is therefore the latest leap day on or before R. With a year
 *       ({@code 8 December 2024}, {@code December 8, 2024}) it is that exact day. Impossible days are
 *       rejected.</li>
 *   <li>{@code 2015}, {@code in 2015} and any other text without letters or spaces that contains a four-digit
 *       year is parsed as absolute EDTF by {@link Edtf#parse}; such dates may lie after R.</li>
 * </ul>
 *
 * <h2>Approximation</h2>
 * A leading {@code around}, {@code about}, {@code approximately}, {@code circa} or {@code c.} marks the result
 * approximate ({@code ~}). Intervals cannot be approximate, so combining these with an interval form is rejected.
 *
 * <p>All relative forms resolve to dates on or before R by construction; only absolute dates may be later.
 */
public final class RelativeDates {

    static final String SUPPORTED_FORMS = "today, yesterday, the day before yesterday, N days/weeks/months ago, "
            + "[last] <weekday>, this/last week, this/last month, earlier this month, this/last year, "
            + "earlier this year, [last|early|mid|late] <month>, <month> YYYY, <day> <month> [YYYY], "
            + "<month> <day>[, YYYY], YYYY or an EDTF date, optionally after on/in and "
            + "around/about/approximately/circa/c.";

    private static final List<RelativeRule> RULES = Stream.of(DayRules.RULES, PeriodRules.RULES, CalendarRules.RULES)
            .flatMap(List::stream)
            .toList();

    private RelativeDates() {}

    public static EventDate resolve(String expression, LocalDate reference) {
        Objects.requireNonNull(reference, "reference");
        RelativeExpression parsed = RelativeExpression.parse(expression, SUPPORTED_FORMS);
        EventDate resolved = resolveBody(parsed, reference);
        return parsed.approximate() ? approximately(resolved, parsed) : resolved;
    }

    private static EventDate resolveBody(RelativeExpression expression, LocalDate reference) {
        if (expression.looksAbsolute()) {
            return Edtf.parse(expression.body());
        }
        return RULES.stream()
                .map(rule -> rule.tryResolve(expression.body(), reference))
                .flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(() -> new InvalidDateException("cannot resolve " + UserText.quote(expression.original())
                        + ": supported forms are " + SUPPORTED_FORMS));
    }

    private static EventDate approximately(EventDate date, RelativeExpression expression) {
        if (date.precision() == DatePrecision.INTERVAL) {
            throw new InvalidDateException("cannot resolve " + UserText.quote(expression.original())
                    + ": a range such as " + date.edtf() + " cannot be marked approximate");
        }
        if (date.approximate()) {
            return date;
        }
        return new EventDate(date.edtf() + "~", date.precision(), true, date.earliest(), date.latest());
    }
}
