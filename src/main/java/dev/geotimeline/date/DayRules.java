package dev.geotimeline.date;

import static dev.geotimeline.date.CalendarWords.COUNT;
import static dev.geotimeline.date.CalendarWords.WEEKDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/** Relative forms that resolve to a single day: today, yesterday, N days/weeks ago, weekday names. */
final class DayRules {

    private static final int DAYS_PER_WEEK = 7;

    static final List<RelativeRule> RULES = List.of(
            RelativeRule.of("today", (match, reference) -> CanonicalDates.day(reference, false)),
            RelativeRule.of("yesterday", (match, reference) -> CanonicalDates.day(reference.minusDays(1), false)),
            RelativeRule.of(
                    "the day before yesterday",
                    (match, reference) -> CanonicalDates.day(reference.minusDays(2), false)),
            RelativeRule.of(
                    COUNT + " days? ago",
                    (match, reference) ->
                            CanonicalDates.day(reference.minusDays(CalendarWords.count(match.group(1))), false)),
            // "a week ago" is a rough expression in news text, hence approximate.
            RelativeRule.of(
                    COUNT + " weeks? ago",
                    (match, reference) ->
                            CanonicalDates.day(reference.minusWeeks(CalendarWords.count(match.group(1))), true)),
            RelativeRule.of(
                    WEEKDAY,
                    (match, reference) ->
                            CanonicalDates.day(onOrBefore(reference, CalendarWords.weekday(match.group(1))), false)),
            RelativeRule.of(
                    "last " + WEEKDAY,
                    (match, reference) -> CanonicalDates.day(
                            strictlyBefore(reference, CalendarWords.weekday(match.group(1))), false)));

    private DayRules() {}

    static LocalDate onOrBefore(LocalDate reference, DayOfWeek weekday) {
        int daysBack = Math.floorMod(reference.getDayOfWeek().getValue() - weekday.getValue(), DAYS_PER_WEEK);
        return reference.minusDays(daysBack);
    }

    static LocalDate strictlyBefore(LocalDate reference, DayOfWeek weekday) {
        return onOrBefore(reference.minusDays(1), weekday);
    }
}
