package dev.geotimeline.date;

import static dev.geotimeline.date.CalendarWords.MONTH;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;

/** Forms naming a calendar month or a day of a month, with or without a year. */
final class CalendarRules {

    private static final String DAY = "([0-9]{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "([0-9]{4})";
    private static final String PART_OF_MONTH = "(?:early|mid|late)[ -]";
    // Feb 29 recurs at most every 8 years (1896 -> 1904), so this many years back always finds it.
    private static final int MAX_YEARS_BACK_FOR_DAY = 8;

    static final List<RelativeRule> RULES = List.of(
            RelativeRule.of(
                    MONTH, (match, reference) -> CanonicalDates.month(notAfter(reference, month(match, 1)), false)),
            RelativeRule.of(
                    "last " + MONTH,
                    (match, reference) -> CanonicalDates.month(before(reference, month(match, 1)), false)),
            RelativeRule.of(
                    PART_OF_MONTH + MONTH,
                    (match, reference) -> CanonicalDates.month(notAfter(reference, month(match, 1)), true)),
            RelativeRule.of(
                    "(" + PART_OF_MONTH + ")?" + MONTH + ",? " + YEAR,
                    (match, reference) -> CanonicalDates.month(
                            YearMonth.of(year(match, 3), month(match, 2)), match.group(1) != null)),
            RelativeRule.of(
                    "(?:the )?" + DAY + "(?: of)? " + MONTH + "(?:,? " + YEAR + ")?",
                    (match, reference) -> dayOfMonth(match, reference, 1, 2, 3)),
            RelativeRule.of(
                    MONTH + " " + DAY + "(?:,? " + YEAR + ")?",
                    (match, reference) -> dayOfMonth(match, reference, 2, 1, 3)));

    private CalendarRules() {}

    private static EventDate dayOfMonth(
            Matcher match, LocalDate reference, int dayGroup, int monthGroup, int yearGroup) {
        int day = Integer.parseInt(match.group(dayGroup));
        Month month = month(match, monthGroup);
        if (match.group(yearGroup) == null) {
            return CanonicalDates.day(latestOnOrBefore(reference, monthDay(month, day)), false);
        }
        int year = year(match, yearGroup);
        try {
            return CanonicalDates.day(LocalDate.of(year, month, day), false);
        } catch (DateTimeException e) {
            throw new InvalidDateException(
                    day + " " + CalendarWords.displayName(month) + " " + year + " is not a valid calendar date");
        }
    }

    private static MonthDay monthDay(Month month, int day) {
        try {
            return MonthDay.of(month, day);
        } catch (DateTimeException e) {
            throw new InvalidDateException(
                    day + " " + CalendarWords.displayName(month) + " is not a valid calendar date");
        }
    }

    private static LocalDate latestOnOrBefore(LocalDate reference, MonthDay monthDay) {
        for (int yearsBack = 0; yearsBack <= MAX_YEARS_BACK_FOR_DAY; yearsBack++) {
            int year = reference.getYear() - yearsBack;
            if (monthDay.isValidYear(year) && !monthDay.atYear(year).isAfter(reference)) {
                return monthDay.atYear(year);
            }
        }
        throw new IllegalStateException("no " + monthDay + " within " + MAX_YEARS_BACK_FOR_DAY + " years");
    }

    private static YearMonth notAfter(LocalDate reference, Month month) {
        int year = month.getValue() <= reference.getMonthValue() ? reference.getYear() : reference.getYear() - 1;
        return YearMonth.of(year, month);
    }

    private static YearMonth before(LocalDate reference, Month month) {
        return notAfter(reference.withDayOfMonth(1).minusMonths(1), month);
    }

    private static Month month(Matcher match, int group) {
        return CalendarWords.month(match.group(group));
    }

    private static int year(Matcher match, int group) {
        int year = Integer.parseInt(match.group(group));
        CanonicalDates.requireSupportedYear(year);
        return year;
    }
}
