package dev.geotimeline.date;

import dev.geotimeline.text.UserText;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/** Builds {@link EventDate}s with canonical EDTF text, enforcing the supported year range and interval limits. */
final class CanonicalDates {

    static final int MIN_YEAR = 1;
    static final int MAX_YEAR = 9999;
    static final String SUPPORTED_YEARS = "years 0001 to 9999";

    private CanonicalDates() {}

    static EventDate day(LocalDate day, boolean approximate) {
        requireSupportedYear(day.getYear());
        return new EventDate(withMarker(day.toString(), approximate), DatePrecision.DAY, approximate, day, day);
    }

    static EventDate month(YearMonth month, boolean approximate) {
        requireSupportedYear(month.getYear());
        return new EventDate(
                withMarker(month.toString(), approximate),
                DatePrecision.MONTH,
                approximate,
                month.atDay(1),
                month.atEndOfMonth());
    }

    static EventDate subYear(int year, SubYear part, boolean approximate) {
        requireSupportedYear(year);
        LocalDate first = part.first(year);
        requireSupportedYear(first.getYear());
        return new EventDate(
                withMarker(String.format("%04d-%d", year, part.code), approximate),
                DatePrecision.SUBYEAR,
                approximate,
                first,
                part.last(year));
    }

    /**
     * The open interval from {@code start} onwards ({@code 2015/..}); its latest known day is the report's day.
     * Events cannot store it: it is only the answer to "since ...".
     */
    static EventDate openFrom(EventDate start, LocalDate reference) {
        String startText = start.edtf().contains("/")
                ? start.edtf().substring(0, start.edtf().indexOf('/'))
                : start.edtf();
        LocalDate latest = reference.isBefore(start.earliest()) ? start.earliest() : reference;
        return new EventDate(startText + "/..", DatePrecision.INTERVAL, false, start.earliest(), latest);
    }

    static EventDate year(int year, boolean approximate) {
        requireSupportedYear(year);
        Year whole = Year.of(year);
        return new EventDate(
                withMarker(String.format("%04d", year), approximate),
                DatePrecision.YEAR,
                approximate,
                whole.atDay(1),
                whole.atMonth(12).atEndOfMonth());
    }

    static EventDate interval(LocalDate start, LocalDate end) {
        return interval(day(start, false), day(end, false));
    }

    /** An interval from the first day of {@code start} to the last day of {@code end}; neither may be approximate. */
    static EventDate interval(EventDate start, EventDate end) {
        String edtf = start.edtf() + "/" + end.edtf();
        if (start.approximate() || end.approximate()) {
            throw new InvalidDateException(UserText.quote(edtf)
                    + " marks an interval end as approximate; ~ is only supported on a single date");
        }
        if (end.earliest().isBefore(start.earliest())) {
            throw new InvalidDateException(UserText.quote(edtf) + " ends before it starts");
        }
        long spanDays = ChronoUnit.DAYS.between(start.earliest(), end.latest());
        if (spanDays > EventDate.MAX_SPAN_DAYS) {
            throw new InvalidDateException(UserText.quote(edtf) + " spans " + spanDays
                    + " days; intervals are limited to " + EventDate.MAX_SPAN_DAYS
                    + " days, use a year or a month instead");
        }
        return new EventDate(edtf, DatePrecision.INTERVAL, false, start.earliest(), end.latest());
    }

    static void requireSupportedYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new InvalidDateException("year " + year + " is outside the supported range of " + SUPPORTED_YEARS);
        }
    }

    private static String withMarker(String edtf, boolean approximate) {
        return approximate ? edtf + "~" : edtf;
    }
}
