package dev.geotimeline.date;

import static dev.geotimeline.date.CalendarWords.COUNT;

import dev.geotimeline.text.UserText;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Relative forms naming a week, month or year around the reference date. */
final class PeriodRules {

    static final List<RelativeRule> RULES = List.of(
            RelativeRule.of(
                    "this week", (match, reference) -> CanonicalDates.interval(mondayOfWeek(reference), reference)),
            RelativeRule.of("last week", (match, reference) -> {
                LocalDate previousMonday = mondayOfWeek(reference).minusWeeks(1);
                return CanonicalDates.interval(previousMonday, previousMonday.plusDays(6));
            }),
            RelativeRule.of("this month", (match, reference) -> CanonicalDates.month(YearMonth.from(reference), false)),
            RelativeRule.of("earlier this month", (match, reference) -> {
                requireEarlierDay(match.group(), reference.getDayOfMonth() == 1, reference, "month");
                return CanonicalDates.interval(reference.withDayOfMonth(1), reference.minusDays(1));
            }),
            RelativeRule.of(
                    "last month",
                    (match, reference) ->
                            CanonicalDates.month(YearMonth.from(reference).minusMonths(1), false)),
            RelativeRule.of(
                    COUNT + " months? ago",
                    (match, reference) -> CanonicalDates.month(
                            YearMonth.from(reference).minusMonths(CalendarWords.count(match.group(1))), true)),
            RelativeRule.of("this year", (match, reference) -> CanonicalDates.year(reference.getYear(), false)),
            RelativeRule.of("earlier this year", (match, reference) -> {
                requireEarlierDay(match.group(), reference.getDayOfYear() == 1, reference, "year");
                return CanonicalDates.interval(reference.withDayOfYear(1), reference.minusDays(1));
            }),
            RelativeRule.of("last year", (match, reference) -> CanonicalDates.year(reference.getYear() - 1, false)));

    private PeriodRules() {}

    private static LocalDate mondayOfWeek(LocalDate day) {
        return day.minusDays(day.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
    }

    private static void requireEarlierDay(
            String expression, boolean referenceIsFirstDay, LocalDate reference, String period) {
        if (referenceIsFirstDay) {
            throw new InvalidDateException("cannot resolve " + UserText.quote(expression) + ": the reference date "
                    + reference + " is the first day of the " + period + ", so no earlier day of it exists");
        }
    }
}
