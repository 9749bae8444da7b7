package dev.geotimeline.date;

import static dev.geotimeline.date.CalendarWords.COUNT;
import static dev.geotimeline.date.CalendarWords.WEEKDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/** Relative forms that resolve to a single day: today, yesterday, tomorrow, N days ago, weekday names. */
final class DayRules {

    private static final int DAYS_PER_WEEK = 7;
    private static final int DAYS_PER_FORTNIGHT = 14;
    private static final String BACK = " (?:ago|earlier|before)";
    private static final String AHEAD_SUFFIX = "(?:'? time)?";
    private static final String FROM_NOW = " (?:from now|from today|hence)";

    static final List<RelativeRule> RULES = List.of(
            RelativeRule.of(
                    "today|tonight|now|this (?:morning|afternoon|evening)|(?:earlier|later|early|late) today"
                            + "|today (?:morning|afternoon|evening)|(?:earlier|later) in the day",
                    (match, anchor) -> day(
                            anchor.reference(),
                            "the report's day"
                                    + (match.group().equals("today")
                                                    || match.group().equals("now")
                                            ? ""
                                            : "; the time of day falls to its day"))),
            RelativeRule.of(
                    "yesterday|last night|overnight",
                    (match, anchor) -> day(anchor.reference().minusDays(1), "the day before the report's day")),
            RelativeRule.of(
                    "the day before yesterday",
                    (match, anchor) -> day(anchor.reference().minusDays(2), "two days before the report's day")),
            RelativeRule.of(
                    "tomorrow",
                    (match, anchor) -> day(anchor.reference().plusDays(1), "the day after the report's day")),
            RelativeRule.of(
                    "the day after tomorrow",
                    (match, anchor) -> day(anchor.reference().plusDays(2), "two days after the report's day")),
            RelativeRule.of(COUNT + " days?" + BACK, (match, anchor) -> {
                int days = CalendarWords.count(match.group(1));
                return day(anchor.reference().minusDays(days), days + " day(s) before the report's day");
            }),
            RelativeRule.of(
                    "in " + COUNT + " days?" + AHEAD_SUFFIX + "|" + COUNT + " days?" + FROM_NOW, (match, anchor) -> {
                        int days = CalendarWords.count(first(match, 1, 2));
                        return day(anchor.reference().plusDays(days), days + " day(s) after the report's day");
                    }),
            // "a week ago" is a rough expression in news text, hence approximate.
            RelativeRule.of(COUNT + " weeks?" + BACK + "|(a) fortnight" + BACK, (match, anchor) -> {
                int days = match.group(1) != null
                        ? DAYS_PER_WEEK * CalendarWords.count(match.group(1))
                        : DAYS_PER_FORTNIGHT;
                return approximateDay(
                        anchor.reference().minusDays(days), "about " + days + " days before the report's day");
            }),
            RelativeRule.of(
                    "in " + COUNT + " weeks?" + AHEAD_SUFFIX + "|" + COUNT + " weeks?" + FROM_NOW + "|in (a) fortnight"
                            + AHEAD_SUFFIX,
                    (match, anchor) -> {
                        String count = first(match, 1, 2);
                        int days = count != null ? DAYS_PER_WEEK * CalendarWords.count(count) : DAYS_PER_FORTNIGHT;
                        return approximateDay(
                                anchor.reference().plusDays(days), "about " + days + " days after the report's day");
                    }),
            RelativeRule.of(WEEKDAY, (match, anchor) -> {
                DayOfWeek weekday = CalendarWords.weekday(match.group(1));
                if (anchor.future()) {
                    return day(
                            onOrAfter(anchor.reference(), weekday),
                            "the first " + name(weekday) + " on or after " + anchor.reference() + " (future tense)");
                }
                return day(
                        onOrBefore(anchor.reference(), weekday),
                        "the latest " + name(weekday) + " on or before " + anchor.reference()
                                + (anchor.past() ? " (past tense)" : " (a bare weekday reads backwards)"));
            }),
            RelativeRule.of("(?:last|this past|past) " + WEEKDAY, (match, anchor) -> {
                DayOfWeek weekday = CalendarWords.weekday(match.group(1));
                return day(
                        strictlyBefore(anchor.reference(), weekday),
                        "the latest " + name(weekday) + " before " + anchor.reference());
            }),
            RelativeRule.of("(?:next|this coming|coming) " + WEEKDAY, (match, anchor) -> {
                DayOfWeek weekday = CalendarWords.weekday(match.group(1));
                return day(
                        onOrAfter(anchor.reference().plusDays(1), weekday),
                        "the first " + name(weekday) + " after " + anchor.reference());
            }),
            RelativeRule.of("this " + WEEKDAY, (match, anchor) -> weekdayOfWeek(match, anchor, 0, "this week")),
            RelativeRule.of(
                    WEEKDAY + " (?:of )?next week|next week (?:on )?" + WEEKDAY,
                    (match, anchor) -> weekdayOfWeek(match, anchor, 1, "next week")),
            RelativeRule.of(
                    WEEKDAY + " (?:of )?last week|last week (?:on )?" + WEEKDAY,
                    (match, anchor) -> weekdayOfWeek(match, anchor, -1, "last week")));

    private DayRules() {}

    static ResolvedDate day(LocalDate day, String rule) {
        return new ResolvedDate(CanonicalDates.day(day, false), rule);
    }

    private static ResolvedDate approximateDay(LocalDate day, String rule) {
        return new ResolvedDate(CanonicalDates.day(day, true), rule + ", approximate");
    }

    private static ResolvedDate weekdayOfWeek(Matcher match, Anchor anchor, int weeks, String week) {
        DayOfWeek weekday = CalendarWords.weekday(first(match, 1, 2));
        LocalDate monday = PeriodRules.mondayOfWeek(anchor.reference()).plusWeeks(weeks);
        return day(
                monday.plusDays(weekday.getValue() - 1L),
                "the " + name(weekday) + " of " + week + " (Monday to Sunday) around " + anchor.reference());
    }

    static String first(Matcher match, int... groups) {
        for (int group : groups) {
            if (match.group(group) != null) {
                return match.group(group);
            }
        }
        return null;
    }

    static String name(DayOfWeek weekday) {
        String lower = weekday.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    static LocalDate onOrBefore(LocalDate reference, DayOfWeek weekday) {
        int daysBack = Math.floorMod(reference.getDayOfWeek().getValue() - weekday.getValue(), DAYS_PER_WEEK);
        return reference.minusDays(daysBack);
    }

    static LocalDate onOrAfter(LocalDate reference, DayOfWeek weekday) {
        int daysAhead =
                Math.floorMod(weekday.getValue() - reference.getDayOfWeek().getValue(), DAYS_PER_WEEK);
        return reference.plusDays(daysAhead);
    }

    static LocalDate strictlyBefore(LocalDate reference, DayOfWeek weekday) {
        return onOrBefore(reference.minusDays(1), weekday);
    }
}
