package dev.geotimeline.date;

import static dev.geotimeline.date.CalendarWords.COUNT;

import dev.geotimeline.text.UserText;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** Relative forms naming a week, weekend, month or year around the reference date. */
final class PeriodRules {

    private static final String BACK = " (?:ago|earlier|before)";
    private static final String AHEAD = "(?:'? time)?";
    private static final String FROM_NOW = " (?:from now|from today|hence)";
    private static final int DECADE = 10;

    static final List<RelativeRule> RULES = List.of(
            RelativeRule.of("this week", (match, anchor) -> {
                LocalDate monday = mondayOfWeek(anchor.reference());
                if (anchor.future()) {
                    return interval(
                            anchor.reference(),
                            monday.plusDays(6),
                            "from the report's day to Sunday of its week" + " (future tense)");
                }
                return interval(monday, anchor.reference(), "from Monday of the report's week to the report's day");
            }),
            RelativeRule.of("last week", (match, anchor) -> week(anchor, -1, "the week before the report's week")),
            RelativeRule.of(
                    "next week|the coming week",
                    (match, anchor) -> week(anchor, 1, "the week after the report's week")),
            RelativeRule.of(
                    "the week before last", (match, anchor) -> week(anchor, -2, "two weeks before the report's week")),
            RelativeRule.of(
                    "the week after next", (match, anchor) -> week(anchor, 2, "two weeks after the report's week")),
            RelativeRule.of("earlier (?:this|in the) week", (match, anchor) -> {
                requireEarlierDay(match.group(), anchor.reference().getDayOfWeek() == DayOfWeek.MONDAY, anchor, "week");
                return interval(
                        mondayOfWeek(anchor.reference()),
                        anchor.reference().minusDays(1),
                        "from Monday of the report's week to the day before the report");
            }),
            RelativeRule.of("later (?:this|in the) week", (match, anchor) -> {
                requireLaterDay(match.group(), anchor.reference().getDayOfWeek() == DayOfWeek.SUNDAY, anchor, "week");
                return interval(
                        anchor.reference().plusDays(1),
                        mondayOfWeek(anchor.reference()).plusDays(6),
                        "from the day after the report to Sunday of its week");
            }),
            RelativeRule.of(
                    "this weekend",
                    (match, anchor) -> weekend(
                            mondayOfWeek(anchor.reference()).plusDays(5), "Saturday and Sunday of the report's week")),
            RelativeRule.of(
                    "last weekend|this past weekend|past weekend",
                    (match, anchor) -> weekend(
                            mondayOfWeek(anchor.reference()).minusDays(2),
                            "Saturday and Sunday before the report's week")),
            RelativeRule.of(
                    "next weekend|(?:this |the )?coming weekend",
                    (match, anchor) -> weekend(
                            DayRules.onOrAfter(anchor.reference().plusDays(1), DayOfWeek.SATURDAY),
                            "the first Saturday and Sunday after the report's day")),
            RelativeRule.of("the weekend", (match, anchor) -> {
                if (anchor.future()) {
                    return weekend(
                            DayRules.onOrAfter(anchor.reference(), DayOfWeek.SATURDAY),
                            "the first weekend from the report's day (future tense)");
                }
                LocalDate saturday = DayRules.onOrBefore(anchor.reference(), DayOfWeek.SATURDAY);
                if (anchor.reference().getDayOfWeek() == DayOfWeek.SUNDAY) {
                    saturday = anchor.reference().minusDays(1);
                }
                return weekend(saturday, "the latest weekend reaching the report's day");
            }),
            RelativeRule.of(
                    "(?:over |during |in )?the (?:past|last) " + COUNT + " (days|weeks|months)|(?:over |during |in )?"
                            + "the (?:past|last) (day|week|month|year)",
                    (match, anchor) -> {
                        int count = match.group(1) != null ? CalendarWords.count(match.group(1)) : 1;
                        String unit = match.group(2) != null ? match.group(2) : match.group(3) + "s";
                        LocalDate start =
                                anchor.reference().minus(count, ChronoUnit.valueOf(unit.toUpperCase(Locale.ROOT)));
                        String span = count == 1 ? unit.substring(0, unit.length() - 1) : count + " " + unit;
                        return interval(start, anchor.reference(), "the " + span + " up to the report's day");
                    }),
            RelativeRule.of(
                    "(?:over |during |in )?the (?:past|last) (24|48) hours",
                    (match, anchor) -> interval(
                            anchor.reference().minusDays(Integer.parseInt(match.group(1)) / 24),
                            anchor.reference(),
                            "the days of the past " + match.group(1) + " hours, up to the report's day")),
            RelativeRule.of(
                    "this month|the current month|the month",
                    (match, anchor) -> month(YearMonth.from(anchor.reference()), false, "the report's month")),
            RelativeRule.of("earlier (?:this|in the) month", (match, anchor) -> {
                requireEarlierDay(match.group(), anchor.reference().getDayOfMonth() == 1, anchor, "month");
                return interval(
                        anchor.reference().withDayOfMonth(1),
                        anchor.reference().minusDays(1),
                        "from the 1st of the report's month to the day before the report");
            }),
            RelativeRule.of("later (?:this|in the) month|the rest of (?:the|this) month", (match, anchor) -> {
                YearMonth month = YearMonth.from(anchor.reference());
                requireLaterDay(match.group(), anchor.reference().equals(month.atEndOfMonth()), anchor, "month");
                return interval(
                        anchor.reference().plusDays(1),
                        month.atEndOfMonth(),
                        "from the day after the report to the end of its month");
            }),
            RelativeRule.of(
                    "last month",
                    (match, anchor) -> month(
                            YearMonth.from(anchor.reference()).minusMonths(1), false, "the month before the report's")),
            RelativeRule.of(
                    "next month|the coming month",
                    (match, anchor) -> month(
                            YearMonth.from(anchor.reference()).plusMonths(1), false, "the month after the report's")),
            RelativeRule.of(COUNT + " months?" + BACK, (match, anchor) -> {
                int months = CalendarWords.count(match.group(1));
                return month(
                        YearMonth.from(anchor.reference()).minusMonths(months),
                        true,
                        months + " month(s) before the report's month, approximate");
            }),
            RelativeRule.of(
                    "in " + COUNT + " months?" + AHEAD + "|" + COUNT + " months?" + FROM_NOW, (match, anchor) -> {
                        int months = CalendarWords.count(DayRules.first(match, 1, 2));
                        return month(
                                YearMonth.from(anchor.reference()).plusMonths(months),
                                true,
                                months + " month(s) after the report's month, approximate");
                    }),
            RelativeRule.of(
                    "this year|the current year|the year",
                    (match, anchor) -> year(anchor.reference().getYear(), "the report's year")),
            RelativeRule.of("earlier (?:this|in the) year", (match, anchor) -> {
                requireEarlierDay(match.group(), anchor.reference().getDayOfYear() == 1, anchor, "year");
                return interval(
                        anchor.reference().withDayOfYear(1),
                        anchor.reference().minusDays(1),
                        "from 1 January of the report's year to the day before the report");
            }),
            RelativeRule.of("later (?:this|in the) year|the rest of (?:the|this) year", (match, anchor) -> {
                LocalDate last = anchor.reference().withMonth(12).withDayOfMonth(31);
                requireLaterDay(match.group(), anchor.reference().equals(last), anchor, "year");
                return interval(
                        anchor.reference().plusDays(1),
                        last,
                        "from the day after the report to 31 December of its year");
            }),
            RelativeRule.of(
                    "last year",
                    (match, anchor) -> year(anchor.reference().getYear() - 1, "the year before the report's")),
            RelativeRule.of(
                    "next year|the coming year",
                    (match, anchor) -> year(anchor.reference().getYear() + 1, "the year after the report's")),
            RelativeRule.of(
                    "the year before last",
                    (match, anchor) -> year(anchor.reference().getYear() - 2, "two years before the report's")),
            RelativeRule.of(COUNT + " years?" + BACK, (match, anchor) -> {
                int years = CalendarWords.count(match.group(1));
                return month(
                        YearMonth.from(anchor.reference()).minusYears(years),
                        true,
                        "the report's month " + years + " year(s) earlier, approximate");
            }),
            RelativeRule.of("in " + COUNT + " years?" + AHEAD + "|" + COUNT + " years?" + FROM_NOW, (match, anchor) -> {
                int years = CalendarWords.count(DayRules.first(match, 1, 2));
                return month(
                        YearMonth.from(anchor.reference()).plusYears(years),
                        true,
                        "the report's month " + years + " year(s) later, approximate");
            }),
            RelativeRule.of(
                    "a decade" + BACK,
                    (match, anchor) -> new ResolvedDate(
                            CanonicalDates.year(anchor.reference().getYear() - DECADE, true),
                            "the report's year minus ten, approximate")));

    private PeriodRules() {}

    static LocalDate mondayOfWeek(LocalDate day) {
        return day.minusDays(day.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
    }

    private static ResolvedDate week(Anchor anchor, int weeks, String rule) {
        LocalDate monday = mondayOfWeek(anchor.reference()).plusWeeks(weeks);
        return interval(monday, monday.plusDays(6), rule + ", Monday to Sunday");
    }

    private static ResolvedDate weekend(LocalDate saturday, String rule) {
        return interval(saturday, saturday.plusDays(1), rule);
    }

    static ResolvedDate interval(LocalDate start, LocalDate end, String rule) {
        return new ResolvedDate(CanonicalDates.interval(start, end), rule);
    }

    static ResolvedDate month(YearMonth month, boolean approximate, String rule) {
        return new ResolvedDate(CanonicalDates.month(month, approximate), rule);
    }

    static ResolvedDate year(int year, String rule) {
        return new ResolvedDate(CanonicalDates.year(year, false), rule);
    }

    private static void requireEarlierDay(
            String expression, boolean referenceIsFirstDay, Anchor anchor, String period) {
        if (referenceIsFirstDay) {
            throw new InvalidDateException("cannot resolve " + UserText.quote(expression) + ": the reference date "
                    + anchor.reference() + " is the first day of the " + period + ", so no earlier day of it exists");
        }
    }

    private static void requireLaterDay(String expression, boolean referenceIsLastDay, Anchor anchor, String period) {
        if (referenceIsLastDay) {
            throw new InvalidDateException("cannot resolve " + UserText.quote(expression) + ": the reference date "
                    + anchor.reference() + " is the last day of the " + period + ", so no later day of it exists");
        }
    }
}
