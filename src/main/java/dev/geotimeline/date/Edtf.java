package dev.geotimeline.date;

import dev.geotimeline.text.UserText;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the subset of EDTF (ISO 8601-2 / Library of Congress Extended Date/Time Format) used for event dates.
 *
 * <ul>
 *   <li>{@code YYYY}, {@code YYYY-MM} and {@code YYYY-MM-DD} for years 0001 to 9999;</li>
 *   <li>{@code YYYY-SS}, a sub-year grouping (see {@link SubYear}): the seasons 21-24 of EDTF level 1
 *       ({@code 2025-21} is spring 2025) and the quarters 33-36, thirds 37-39 and halves 40-41 of level 2;</li>
 *   <li>an optional trailing {@code ~} marking the date as approximate ({@code 2024-12~});
 *       the uncertainty markers {@code ?} and {@code %} are rejected;</li>
 *   <li>closed intervals {@code START/END} of the forms above without {@code ~}, spanning at most
 *       {@link EventDate#MAX_SPAN_DAYS} days. An interval must not end before it starts, meaning the end's
 *       first day must not precede the start's first day.</li>
 * </ul>
 * Surrounding whitespace is ignored; anything else that deviates is rejected with {@link InvalidDateException}.
 */
public final class Edtf {

    static final int MAX_LENGTH = 40;

    private static final Pattern SINGLE_DATE = Pattern.compile("([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?(~)?");
    // Well-formed apart from the year: signed, 0000 or more than four digits.
    private static final Pattern UNSUPPORTED_YEAR = Pattern.compile("([+-]?)([0-9]{4,6})(?:-[0-9]{2}){0,2}~?");
    private static final String FORMAT_HINT = "use YYYY, YYYY-MM or YYYY-MM-DD (optionally ending in ~) with "
            + CanonicalDates.SUPPORTED_YEARS + ", or an interval START/END such as 2025-02-03/2025-02-09";

    private Edtf() {}

    public static EventDate parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidDateException("a date is required: " + FORMAT_HINT);
        }
        String trimmed = text.strip();
        if (UserText.lengthInCodePoints(trimmed) > MAX_LENGTH) {
            throw new InvalidDateException(UserText.quote(trimmed) + " is too long to be a date (at most " + MAX_LENGTH
                    + " characters): " + FORMAT_HINT);
        }
        if (trimmed.indexOf('?') >= 0 || trimmed.indexOf('%') >= 0) {
            throw new InvalidDateException(
                    UserText.quote(trimmed) + " marks the date as uncertain; only ~ (approximate) is supported");
        }
        return trimmed.indexOf('/') >= 0 ? parseInterval(trimmed) : parseSingle(trimmed);
    }

    private static EventDate parseInterval(String text) {
        String[] ends = text.split("/", -1);
        if (ends.length != 2) {
            throw new InvalidDateException(
                    UserText.quote(text) + " is not a recognised interval: use exactly one / between START and END");
        }
        for (String end : ends) {
            if (end.isEmpty() || end.equals("..")) {
                throw new InvalidDateException(UserText.quote(text)
                        + " has an open or unknown end; intervals need both a start and an end date");
            }
        }
        return CanonicalDates.interval(parseSingle(ends[0]), parseSingle(ends[1]));
    }

    private static EventDate parseSingle(String text) {
        Matcher matcher = SINGLE_DATE.matcher(text);
        if (!matcher.matches()) {
            throw unrecognised(text);
        }
        int year = Integer.parseInt(matcher.group(1));
        boolean approximate = matcher.group(4) != null;
        if (year < CanonicalDates.MIN_YEAR) {
            throw unsupportedYear(text);
        }
        if (matcher.group(2) == null) {
            return CanonicalDates.year(year, approximate);
        }
        SubYear part = SubYear.ofCode(Integer.parseInt(matcher.group(2)));
        if (part != null && matcher.group(3) == null) {
            return CanonicalDates.subYear(year, part, approximate);
        }
        YearMonth month = toYearMonth(year, matcher.group(2));
        if (matcher.group(3) == null) {
            return CanonicalDates.month(month, approximate);
        }
        return CanonicalDates.day(toDay(month, matcher.group(3)), approximate);
    }

    private static YearMonth toYearMonth(int year, String month) {
        try {
            return YearMonth.of(year, Integer.parseInt(month));
        } catch (DateTimeException e) {
            throw new InvalidDateException(
                    String.format("%04d-%s is not a valid month (months run from 01 to 12)", year, month));
        }
    }

    private static LocalDate toDay(YearMonth month, String day) {
        try {
            return month.atDay(Integer.parseInt(day));
        } catch (DateTimeException e) {
            throw new InvalidDateException(month + "-" + day + " is not a valid calendar date");
        }
    }

    private static InvalidDateException unrecognised(String text) {
        Matcher yearLike = UNSUPPORTED_YEAR.matcher(text);
        if (yearLike.matches()
                && (!yearLike.group(1).isEmpty() || yearLike.group(2).length() > 4)) {
            return unsupportedYear(text);
        }
        return new InvalidDateException(UserText.quote(text) + " is not a recognised date: " + FORMAT_HINT);
    }

    private static InvalidDateException unsupportedYear(String text) {
        return new InvalidDateException(UserText.quote(text) + " has a year outside the supported range: only "
                + CanonicalDates.SUPPORTED_YEARS + " are supported");
    }
}
