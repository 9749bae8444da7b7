package dev.geotimeline.date;

import static dev.geotimeline.date.CalendarWords.MONTH;
import static dev.geotimeline.date.CalendarWords.WEEKDAY;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** Forms naming a calendar month or a day of a month, with or without a year. */
final class CalendarRules {

    private static final String DAY = "([0-9]{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "([0-9]{4})";
    /** A year as digits or as "this/last/next year": two groups. */
    static final String YEAR_REF = "(?:([0-9]{4})|(this|last|next) year)";

    private static final String PART_OF_MONTH =
            "(?:early|mid|late|the (?:end|beginning|start|middle|close) of|the turn of)[ -]";
    private static final String DAY_MONTH = "(?:the )?" + DAY + "(?: of)? " + MONTH;
    private static final String MONTH_DAY = MONTH + " (?:the )?" + DAY;
    private static final int WEEK_DAYS = 7;
    private static final List<String> ORDINAL_WEEKS = List.of("first", "second", "third", "fourth");

    static final List<RelativeRule> RULES = List.of(
            RelativeRule.of(MONTH, (match, anchor) -> {
                Month month = month(match, 1);
                YearMonth chosen = anchor.choose(monthReadings(anchor, month), m -> CanonicalDates.month(m, false));
                return PeriodRules.month(chosen, false, anchor.choiceWords(CalendarWords.displayName(month)));
            }),
            RelativeRule.of("last " + MONTH, (match, anchor) -> {
                Month month = month(match, 1);
                return PeriodRules.month(
                        before(anchor.reference(), month),
                        false,
                        "the latest " + CalendarWords.displayName(month) + " before the report's month");
            }),
            RelativeRule.of("(?:next|this coming|coming) " + MONTH, (match, anchor) -> {
                Month month = month(match, 1);
                YearMonth after = YearMonth.from(anchor.reference()).plusMonths(1);
                while (after.getMonth() != month) {
                    after = after.plusMonths(1);
                }
                return PeriodRules.month(
                        after, false, "the first " + CalendarWords.displayName(month) + " after the report's month");
            }),
            RelativeRule.of(
                    "this " + MONTH,
                    (match, anchor) -> PeriodRules.month(
                            YearMonth.of(anchor.reference().getYear(), month(match, 1)),
                            false,
                            "that month of the report's year")),
            RelativeRule.of(PART_OF_MONTH + MONTH, (match, anchor) -> {
                Month month = month(match, 1);
                YearMonth chosen = anchor.choose(monthReadings(anchor, month), m -> CanonicalDates.month(m, false));
                return PeriodRules.month(
                        chosen,
                        true,
                        anchor.choiceWords(CalendarWords.displayName(month))
                                + "; a part of a month is the month, approximate");
            }),
            RelativeRule.of(
                    "(" + PART_OF_MONTH + ")?" + MONTH + ",?(?: of)? " + YEAR_REF,
                    (match, anchor) -> PeriodRules.month(
                            YearMonth.of(year(match, 3, 4, anchor), month(match, 2)),
                            match.group(1) != null,
                            "that month"
                                    + (match.group(1) != null ? "; a part of a month is the month, approximate" : ""))),
            RelativeRule.of(
                    "(?:the )?(first|second|third|fourth|last) week (?:of|in) " + MONTH + "(?:,? " + YEAR_REF + ")?",
                    (match, anchor) -> weekOfMonth(match, anchor)),
            RelativeRule.of(
                    "(?:" + WEEKDAY + ",? )?(?:" + DAY_MONTH + "|" + MONTH_DAY + ")(?:,? " + YEAR + ")?",
                    CalendarRules::dayOfMonth),
            RelativeRule.of(
                    "(christmas eve|christmas(?: day)?|new year's eve|new year's day|thanksgiving(?: day)?)",
                    CalendarRules::holiday),
            RelativeRule.of("the " + DAY, (match, anchor) -> {
                int day = Integer.parseInt(match.group(1));
                List<LocalDate> readings = new ArrayList<>();
                YearMonth month = YearMonth.from(anchor.reference());
                for (int offset = -1; offset <= 1; offset++) {
                    YearMonth candidate = month.plusMonths(offset);
                    if (candidate.isValidDay(day)) {
                        readings.add(candidate.atDay(day));
                    }
                }
                if (readings.isEmpty()) {
                    throw new InvalidDateException("no month around " + anchor.reference() + " has a day " + day);
                }
                LocalDate chosen = anchor.choose(readings, d -> CanonicalDates.day(d, false));
                return DayRules.day(chosen, anchor.choiceWords("day " + day + " of a month"));
            }));

    private CalendarRules() {}

    /** Fixed holidays, and Thanksgiving (the United States': the fourth Thursday of November). */
    private static ResolvedDate holiday(Matcher match, Anchor anchor) {
        String name = match.group(1);
        List<LocalDate> readings = new ArrayList<>();
        int year = anchor.reference().getYear();
        for (int candidate = Math.max(CanonicalDates.MIN_YEAR, year - 1);
                candidate <= Math.min(CanonicalDates.MAX_YEAR, year + 1);
                candidate++) {
            readings.add(holidayIn(name, candidate));
        }
        LocalDate chosen = anchor.choose(readings, d -> CanonicalDates.day(d, false));
        return DayRules.day(chosen, anchor.choiceWords(name));
    }

    private static LocalDate holidayIn(String name, int year) {
        if (name.startsWith("christmas")) {
            return LocalDate.of(year, Month.DECEMBER, name.equals("christmas eve") ? 24 : 25);
        }
        if (name.equals("new year's eve")) {
            return LocalDate.of(year, Month.DECEMBER, 31);
        }
        if (name.equals("new year's day")) {
            return LocalDate.of(year, Month.JANUARY, 1);
        }
        return DayRules.onOrAfter(LocalDate.of(year, Month.NOVEMBER, 1), DayOfWeek.THURSDAY)
                .plusWeeks(3);
    }

    private static List<YearMonth> monthReadings(Anchor anchor, Month month) {
        int year = anchor.reference().getYear();
        List<YearMonth> readings = new ArrayList<>();
        for (int candidate = year - 1; candidate <= year + 1; candidate++) {
            if (candidate >= CanonicalDates.MIN_YEAR && candidate <= CanonicalDates.MAX_YEAR) {
                readings.add(YearMonth.of(candidate, month));
            }
        }
        return readings;
    }

    private static ResolvedDate weekOfMonth(Matcher match, Anchor anchor) {
        Month month = month(match, 2);
        YearMonth yearMonth;
        String words;
        if (match.group(3) == null && match.group(4) == null) {
            yearMonth = anchor.choose(monthReadings(anchor, month), m -> CanonicalDates.month(m, false));
            words = anchor.choiceWords(CalendarWords.displayName(month));
        } else {
            yearMonth = YearMonth.of(year(match, 3, 4, anchor), month);
            words = CalendarWords.displayName(month) + " " + yearMonth.getYear();
        }
        String which = match.group(1);
        LocalDate start = which.equals("last")
                ? yearMonth.atEndOfMonth().minusDays(WEEK_DAYS - 1L)
                : yearMonth.atDay(1 + WEEK_DAYS * ORDINAL_WEEKS.indexOf(which));
        return PeriodRules.interval(start, start.plusDays(WEEK_DAYS - 1L), "the " + which + " seven days of " + words);
    }

    private static ResolvedDate dayOfMonth(Matcher match, Anchor anchor) {
        // Groups: 1 weekday; 2 day, 3 month (day first); 4 month, 5 day (month first); 6 year.
        boolean dayFirst = match.group(2) != null;
        int day = Integer.parseInt(dayFirst ? match.group(2) : match.group(5));
        Month month = month(match, dayFirst ? 3 : 4);
        DayOfWeek weekday = match.group(1) == null ? null : CalendarWords.weekday(match.group(1));
        String named = day + " " + CalendarWords.displayName(month);
        if (match.group(6) != null) {
            int year = Integer.parseInt(match.group(6));
            CanonicalDates.requireSupportedYear(year);
            LocalDate date;
            try {
                date = LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new InvalidDateException(named + " " + year + " is not a valid calendar date");
            }
            requireWeekday(date, weekday, named + " " + year);
            return DayRules.day(date, "that day");
        }
        if (day < 1 || day > month.maxLength()) {
            throw new InvalidDateException(named + " is not a valid calendar date");
        }
        List<LocalDate> readings = new ArrayList<>();
        int year = anchor.reference().getYear();
        for (int candidate = year - 1; candidate <= year + 1; candidate++) {
            if (candidate >= CanonicalDates.MIN_YEAR
                    && candidate <= CanonicalDates.MAX_YEAR
                    && YearMonth.of(candidate, month).isValidDay(day)) {
                LocalDate date = LocalDate.of(candidate, month, day);
                if (weekday == null || date.getDayOfWeek() == weekday) {
                    readings.add(date);
                }
            }
        }
        if (readings.isEmpty()) {
            return leapDayOrRefuse(anchor, month, day, weekday, named);
        }
        LocalDate chosen = anchor.choose(readings, d -> CanonicalDates.day(d, false));
        String what = named + (weekday == null ? "" : " falling on a " + DayRules.name(weekday));
        return DayRules.day(chosen, anchor.choiceWords(what) + " (within a year either side)");
    }

    private static ResolvedDate leapDayOrRefuse(Anchor anchor, Month month, int day, DayOfWeek weekday, String named) {
        if (weekday != null) {
            throw new InvalidDateException("no " + named + " within a year of " + anchor.reference() + " falls on a "
                    + DayRules.name(weekday));
        }
        // 29 February outside the three years around the report: the latest one before it (leap days recur
        // at most every 8 years).
        LocalDate candidate = anchor.reference();
        for (int yearsBack = 0; yearsBack <= 8; yearsBack++) {
            int year = anchor.reference().getYear() - yearsBack;
            if (year >= CanonicalDates.MIN_YEAR && YearMonth.of(year, month).isValidDay(day)) {
                candidate = LocalDate.of(year, month, day);
                if (!candidate.isAfter(anchor.reference())) {
                    return DayRules.day(candidate, "the latest " + named + " on or before " + anchor.reference());
                }
            }
        }
        throw new InvalidDateException(
                "no " + named + " near " + anchor.reference() + " exists in the supported years");
    }

    private static void requireWeekday(LocalDate date, DayOfWeek weekday, String named) {
        if (weekday != null && date.getDayOfWeek() != weekday) {
            throw new InvalidDateException(
                    named + " is a " + DayRules.name(date.getDayOfWeek()) + ", not a " + DayRules.name(weekday));
        }
    }

    private static YearMonth before(LocalDate reference, Month month) {
        YearMonth candidate = YearMonth.from(reference).minusMonths(1);
        while (candidate.getMonth() != month) {
            candidate = candidate.minusMonths(1);
        }
        return candidate;
    }

    private static Month month(Matcher match, int group) {
        return CalendarWords.month(match.group(group));
    }

    /** The year of a {@link #YEAR_REF} match: digits, or this/last/next year. */
    static int year(Matcher match, int digitsGroup, int relativeGroup, Anchor anchor) {
        int year;
        if (match.group(digitsGroup) != null) {
            year = Integer.parseInt(match.group(digitsGroup));
        } else {
            year = anchor.reference().getYear()
                    + switch (match.group(relativeGroup)) {
                        case "last" -> -1;
                        case "next" -> 1;
                        default -> 0;
                    };
        }
        CanonicalDates.requireSupportedYear(year);
        return year;
    }
}
