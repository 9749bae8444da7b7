package dev.geotimeline.date;

import dev.geotimeline.text.UserText;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Resolves natural-language date expressions found in news reports against the reference date R, the day the
 * report was published, and optionally the tense of the sentence around them. Expressions are case-insensitive;
 * surrounding whitespace, a trailing period, a possessive 's and a leading preposition (on, in, at, during,
 * over, by, until, for) are ignored. Nothing is guessed: an expression that is none of the supported forms is
 * rejected with an {@link InvalidDateException} naming it and listing the forms. The README's relative-date table
 * lists every rule with an example.
 *
 * <h2>Direction</h2>
 * A form without a year can point backwards or forwards. A past tense takes the latest reading starting on or
 * before R, a future tense the first reading ending on or after R. Without a tense, a month, a day of a month, a
 * season, a quarter or a half takes the reading nearest to R among the year before, the year of and the year after
 * R (a tie goes backwards); a bare weekday keeps the backward reading (the latest on or before R), as news
 * usage favours it. Words that carry their own direction (last, next, this coming, ago, in N days) ignore the tense.
 *
 * <h2>Composition</h2>
 * <ul>
 *   <li>A time of day falls to its day: "late yesterday", "Wednesday night", "early on Friday",
 *       "in the early hours of Sunday".</li>
 *   <li>early/mid/late (and earlier/later, the beginning/end of) a month make the month approximate; of a year,
 *       the first, middle or last third of the year (EDTF {@code YYYY-37~}, {@code -38~}, {@code -39~}), except
 *       that the beginning/end of a year is its January/December, approximate.</li>
 *   <li>"since X" is the open interval from the start of X ({@code 2015/..}); its latest known day is R. An event
 *       cannot store an open interval.</li>
 *   <li>A leading around, about, approximately, circa, c., roughly, some, nearly or almost marks the date
 *       approximate; intervals cannot be approximate, so combining them is rejected.</li>
 * </ul>
 */
public final class RelativeDates {

    static final String SUPPORTED_FORMS = "today, tonight, yesterday, tomorrow, N days/weeks/months ago, N years "
            + "ago, in N days/weeks/months, [last|next|this] <weekday>, this/last/next week or month or year, "
            + "earlier/later this week/month/year, [last|next|early|mid|late] <month>, <month> YYYY, "
            + "<day> <month> [YYYY], <month> <day>[, YYYY], seasons, quarters, halves, early/mid/late YYYY, "
            + "the end/beginning of YYYY, since X, YYYY or an EDTF date";

    private static final List<RelativeRule> RULES = Stream.of(
                    DayRules.RULES, PeriodRules.RULES, CalendarRules.RULES, PartRules.RULES)
            .flatMap(List::stream)
            .toList();

    private static final Pattern SINCE = Pattern.compile("(?:ever )?since (.+)");
    private static final Pattern PART = Pattern.compile(
            "(early|earlier|mid|late|later|the beginning of|the start of|the end of|the close of|the middle of)"
                    + "(?: in| on|-in)?[ -](.+)");
    private static final Pattern WHOLE = Pattern.compile(
            "(?:much|most|all|the whole|the bulk|a good part|a large part|part|the first part|the rest|the remainder)"
                    + " of (.+)");
    private static final Pattern TIME_BEFORE =
            Pattern.compile("(?:the (?:early |small |late )?(?:morning|afternoon|evening|night|hours) of"
                    + "|(?:noon|midday|midnight|dawn|dusk|daybreak)(?: on)?) (.+)");
    private static final Pattern TIME_AFTER = Pattern.compile(
            "(.+?) (?:morning|afternoon|evening|night|overnight|midday|noon|at (?:noon|midnight|" + "dawn|dusk))");
    private static final int MAX_DEPTH = 4;
    private static final String AS_WRITTEN = "as written (EDTF)";

    private RelativeDates() {}

    public static EventDate resolve(String expression, LocalDate reference) {
        return resolve(expression, reference, null).date();
    }

    /** Resolves an expression with an optional tense (null: none given) and tells which rule fired. */
    public static ResolvedDate resolve(String expression, LocalDate reference, Tense tense) {
        Objects.requireNonNull(reference, "reference");
        RelativeExpression parsed = RelativeExpression.parse(expression, SUPPORTED_FORMS);
        Anchor anchor = new Anchor(reference, tense);
        ResolvedDate resolved = resolveBody(parsed.body(), anchor, 0)
                .orElseThrow(() -> new InvalidDateException("cannot resolve " + UserText.quote(parsed.original())
                        + ": supported forms are " + SUPPORTED_FORMS));
        return parsed.approximate() ? approximately(resolved, parsed) : resolved;
    }

    private static Optional<ResolvedDate> resolveBody(String text, Anchor anchor, int depth) {
        String body = RelativeExpression.withoutPreposition(text);
        if (RelativeExpression.looksAbsolute(body)) {
            return Optional.of(new ResolvedDate(Edtf.parse(body), AS_WRITTEN));
        }
        Optional<ResolvedDate> direct = RULES.stream()
                .map(rule -> rule.tryResolve(body, anchor))
                .flatMap(Optional::stream)
                .findFirst();
        if (direct.isPresent() || depth >= MAX_DEPTH) {
            return direct;
        }
        return since(body, anchor, depth)
                .or(() -> partOf(body, anchor, depth))
                .or(() -> whole(body, anchor, depth))
                .or(() -> timeOfDay(body, anchor, depth));
    }

    private static Optional<ResolvedDate> since(String body, Anchor anchor, int depth) {
        Matcher match = SINCE.matcher(body);
        if (!match.matches()) {
            return Optional.empty();
        }
        return resolveBody(match.group(1), anchor.withTense(Tense.PAST), depth + 1)
                .map(start -> new ResolvedDate(
                        CanonicalDates.openFrom(start.date(), anchor.reference()),
                        "from the start of " + start.date().edtf() + " onwards, an open interval"
                                + (start.rule().equals(AS_WRITTEN) ? "" : " (" + start.rule() + ")")
                                + "; the report's day is the latest day known"));
    }

    private static Optional<ResolvedDate> partOf(String body, Anchor anchor, int depth) {
        Matcher match = PART.matcher(body);
        if (!match.matches()) {
            return Optional.empty();
        }
        String part = match.group(1);
        return resolveBody(match.group(2), anchor, depth + 1).map(inner -> partOf(part, inner));
    }

    private static ResolvedDate partOf(String part, ResolvedDate inner) {
        EventDate date = inner.date();
        return switch (date.precision()) {
            case DAY -> new ResolvedDate(date, inner.rule() + "; the time of day falls to its day");
            case MONTH ->
                new ResolvedDate(
                        CanonicalDates.month(YearMonth.from(date.earliest()), true),
                        inner.rule() + "; a part of a month is the month, approximate");
            case YEAR -> yearPart(part, date.earliest().getYear());
            case SUBYEAR ->
                new ResolvedDate(
                        date.approximate() ? date : Edtf.parse(date.edtf() + "~"), inner.rule() + ", approximate");
            case INTERVAL -> new ResolvedDate(date, inner.rule() + " (the part is within it)");
        };
    }

    private static ResolvedDate yearPart(String part, int year) {
        return switch (part) {
            case "the beginning of", "the start of" ->
                new ResolvedDate(
                        CanonicalDates.month(YearMonth.of(year, 1), true), "January of " + year + ", approximate");
            case "the end of", "the close of" ->
                new ResolvedDate(
                        CanonicalDates.month(YearMonth.of(year, 12), true), "December of " + year + ", approximate");
            default -> PartRules.partOfYear(part, year);
        };
    }

    private static Optional<ResolvedDate> whole(String body, Anchor anchor, int depth) {
        Matcher match = WHOLE.matcher(body);
        if (!match.matches()) {
            return Optional.empty();
        }
        return resolveBody(match.group(1), anchor, depth + 1)
                .filter(inner -> inner.date().precision() != DatePrecision.DAY)
                .map(inner -> new ResolvedDate(inner.date(), inner.rule() + " (a part of it, given as the whole)"));
    }

    private static Optional<ResolvedDate> timeOfDay(String body, Anchor anchor, int depth) {
        for (Pattern pattern : List.of(TIME_BEFORE, TIME_AFTER)) {
            Matcher match = pattern.matcher(body);
            if (match.matches()) {
                Optional<ResolvedDate> day = resolveBody(match.group(1), anchor, depth + 1)
                        .filter(inner -> inner.date().precision() == DatePrecision.DAY)
                        .map(inner ->
                                new ResolvedDate(inner.date(), inner.rule() + "; the time of day falls to its day"));
                if (day.isPresent()) {
                    return day;
                }
            }
        }
        return Optional.empty();
    }

    private static ResolvedDate approximately(ResolvedDate resolved, RelativeExpression expression) {
        EventDate date = resolved.date();
        if (date.precision() == DatePrecision.INTERVAL) {
            throw new InvalidDateException("cannot resolve " + UserText.quote(expression.original())
                    + ": a range such as " + date.edtf() + " cannot be marked approximate");
        }
        if (date.approximate()) {
            return resolved;
        }
        return new ResolvedDate(
                new EventDate(date.edtf() + "~", date.precision(), true, date.earliest(), date.latest()),
                resolved.rule() + ", approximate");
    }
}
