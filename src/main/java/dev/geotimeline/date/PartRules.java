package dev.geotimeline.date;

import static dev.geotimeline.date.CalendarRules.YEAR_REF;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/** Seasons, quarters, halves and parts of a year (EDTF sub-year groupings, see {@link SubYear}). */
final class PartRules {

    private static final String SEASON = "(spring|summer|autumn|fall|winter)";
    private static final String QUARTER = "(first|second|third|fourth|1st|2nd|3rd|4th)[ -]quarter";
    private static final String HALF = "(first|second|1st|2nd)[ -]half";
    private static final String OF_YEAR = "(?:,? of | )" + YEAR_REF;
    private static final Map<String, SubYear> SEASONS = Map.of(
            "spring", SubYear.SPRING,
            "summer", SubYear.SUMMER,
            "autumn", SubYear.AUTUMN,
            "fall", SubYear.AUTUMN,
            "winter", SubYear.WINTER);
    private static final Map<String, Integer> ORDINALS =
            Map.of("first", 0, "1st", 0, "second", 1, "2nd", 1, "third", 2, "3rd", 2, "fourth", 3, "4th", 3);
    private static final List<SubYear> QUARTERS = List.of(SubYear.Q1, SubYear.Q2, SubYear.Q3, SubYear.Q4);
    private static final List<SubYear> HALVES = List.of(SubYear.H1, SubYear.H2);

    static final List<RelativeRule> RULES = List.of(
            RelativeRule.of(
                    "(?:the )?" + SEASON + OF_YEAR,
                    (match, anchor) -> exact(SEASONS.get(match.group(1)), CalendarRules.year(match, 2, 3, anchor))),
            RelativeRule.of("(?:this |the )?" + SEASON, (match, anchor) -> chosen(SEASONS.get(match.group(1)), anchor)),
            RelativeRule.of("(?:last|this past|past) " + SEASON, (match, anchor) -> {
                SubYear season = SEASONS.get(match.group(1));
                int year = anchor.reference().getYear() + 1;
                while (!season.last(year).isBefore(anchor.reference())) {
                    year--;
                }
                return exact(season, year, "the latest " + season.words + " ended before " + anchor.reference());
            }),
            RelativeRule.of("(?:next|this coming|coming) " + SEASON, (match, anchor) -> {
                SubYear season = SEASONS.get(match.group(1));
                int year = anchor.reference().getYear() - 1;
                while (!season.first(year).isAfter(anchor.reference())) {
                    year++;
                }
                return exact(season, year, "the first " + season.words + " starting after " + anchor.reference());
            }),
            RelativeRule.of(
                    "(?:the )?" + QUARTER + OF_YEAR + "|q([1-4])(?:,? |-)" + YEAR_REF,
                    (match, anchor) -> exact(quarter(match, 1, 4), yearOfPart(match, anchor))),
            RelativeRule.of(
                    "(?:the )?" + QUARTER + "|q([1-4])", (match, anchor) -> chosen(quarter(match, 1, 2), anchor)),
            RelativeRule.of(
                    "this quarter|the current quarter",
                    (match, anchor) -> quarterFrom(anchor, 0, "the report's quarter")),
            RelativeRule.of(
                    "last quarter|the last quarter|the previous quarter",
                    (match, anchor) -> quarterFrom(anchor, -1, "the quarter before the report's")),
            RelativeRule.of(
                    "next quarter|the next quarter|the coming quarter",
                    (match, anchor) -> quarterFrom(anchor, 1, "the quarter after the report's")),
            RelativeRule.of(
                    "(?:the )?" + HALF + OF_YEAR + "|h([12])(?:,? |-)" + YEAR_REF,
                    (match, anchor) -> exact(half(match, 1, 4), yearOfPart(match, anchor))),
            RelativeRule.of(
                    "(?:the )?" + HALF + "(?: of the year)?", (match, anchor) -> chosen(half(match, 1, 1), anchor)));

    private PartRules() {}

    /** The year of "the second quarter of 2024" (groups 2-3) or of "Q2 2024" (groups 5-6). */
    private static int yearOfPart(Matcher match, Anchor anchor) {
        return match.group(2) != null || match.group(3) != null
                ? CalendarRules.year(match, 2, 3, anchor)
                : CalendarRules.year(match, 5, 6, anchor);
    }

    /** The part of a year that "early", "mid" or "late" names, approximate. */
    static ResolvedDate partOfYear(String part, int year) {
        SubYear third = switch (part) {
            case "early", "earlier", "the beginning of", "the start of" -> SubYear.EARLY;
            case "late", "later", "the end of", "the close of" -> SubYear.LATE;
            default -> SubYear.MID;
        };
        return new ResolvedDate(
                CanonicalDates.subYear(year, third, true), "the " + third.words + " of " + year + ", approximate");
    }

    private static ResolvedDate exact(SubYear part, int year) {
        return exact(part, year, "that " + part.words);
    }

    private static ResolvedDate exact(SubYear part, int year, String rule) {
        return new ResolvedDate(
                CanonicalDates.subYear(year, part, false),
                rule + " (" + part.words + " of " + year + ", " + part.first(year) + " to " + part.last(year) + ")");
    }

    private static ResolvedDate chosen(SubYear part, Anchor anchor) {
        List<Integer> years = new ArrayList<>();
        int year = anchor.reference().getYear();
        for (int candidate = year - 1; candidate <= year + 1; candidate++) {
            if (candidate > CanonicalDates.MIN_YEAR && candidate <= CanonicalDates.MAX_YEAR) {
                years.add(candidate);
            }
        }
        int chosenYear = anchor.choose(years, y -> CanonicalDates.subYear(y, part, false));
        return exact(part, chosenYear, anchor.choiceWords(part.words));
    }

    private static ResolvedDate quarterFrom(Anchor anchor, int quarters, String rule) {
        LocalDate day = anchor.reference().withDayOfMonth(1).plusMonths(3L * quarters);
        SubYear quarter = QUARTERS.get((day.getMonthValue() - 1) / 3);
        return exact(quarter, day.getYear(), rule);
    }

    private static SubYear quarter(Matcher match, int wordGroup, int digitGroup) {
        if (match.group(wordGroup) != null) {
            return QUARTERS.get(ORDINALS.get(match.group(wordGroup)));
        }
        return QUARTERS.get(Integer.parseInt(match.group(digitGroup)) - 1);
    }

    private static SubYear half(Matcher match, int wordGroup, int digitGroup) {
        if (match.group(wordGroup) != null) {
            return HALVES.get(ORDINALS.get(match.group(wordGroup)));
        }
        return HALVES.get(Integer.parseInt(match.group(digitGroup)) - 1);
    }
}
