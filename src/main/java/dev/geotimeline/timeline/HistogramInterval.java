package dev.geotimeline.timeline;

import dev.geotimeline.date.DatePrecision;
import java.time.LocalDate;
import java.util.Locale;

/** The width of a histogram bucket: a day, an ISO week (Monday to Sunday), a calendar month or year. */
public enum HistogramInterval {
    DAY,
    WEEK,
    MONTH,
    YEAR;

    /**
     * The bucket holding {@code day}, as a number that orders like the buckets: the epoch day of the first day
     * for days and weeks, months counted from year 0, the year. A histogram of years of days reads tens of
     * thousands of counts; working out their buckets through {@code LocalDate} adjusters took more than half of
     * its time.
     */
    long bucketOf(LocalDate day) {
        return switch (this) {
            case DAY -> day.toEpochDay();
            case WEEK -> {
                long epochDay = day.toEpochDay();
                // 1970-01-01, epoch day 0, was a Thursday: three days after a Monday.
                yield epochDay - Math.floorMod(epochDay + 3, 7);
            }
            case MONTH -> day.getYear() * 12L + day.getMonthValue() - 1;
            case YEAR -> day.getYear();
        };
    }

    /** The first day of a bucket of {@link #bucketOf(LocalDate)}. */
    LocalDate firstDayOf(long bucket) {
        return switch (this) {
            case DAY, WEEK -> LocalDate.ofEpochDay(bucket);
            case MONTH -> LocalDate.of(Math.toIntExact(Math.floorDiv(bucket, 12)), Math.floorMod(bucket, 12) + 1, 1);
            case YEAR -> LocalDate.of(Math.toIntExact(bucket), 1, 1);
        };
    }

    /** The last day of a bucket of {@link #bucketOf(LocalDate)}. */
    LocalDate lastDayOf(long bucket) {
        LocalDate first = firstDayOf(bucket);
        return switch (this) {
            case DAY -> first;
            case WEEK -> first.plusDays(6);
            case MONTH -> first.withDayOfMonth(first.lengthOfMonth());
            case YEAR -> first.withDayOfYear(first.lengthOfYear());
        };
    }

    /** Lower-case name for JSON and query parameters. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The label of the series of dates of this precision that do not fit in one bucket. */
    static String coarserLabel(DatePrecision precision) {
        return switch (precision) {
            case SUBYEAR -> "season or part of year only";
            case INTERVAL -> "interval across buckets";
            default -> precision.label() + " only";
        };
    }
}
