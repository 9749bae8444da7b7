package dev.geotimeline.timeline;

import dev.geotimeline.date.DatePrecision;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** The width of a histogram bucket: a day, an ISO week (Monday to Sunday), a calendar month or year. */
public enum HistogramInterval {
    DAY,
    WEEK,
    MONTH,
    YEAR;

    /** The first day of the bucket holding {@code day}. */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /** The last day of the bucket starting on {@code start}. */
    public LocalDate end(LocalDate start) {
        return switch (this) {
            case DAY -> start;
            case WEEK -> start.plusDays(6);
            case MONTH -> start.with(TemporalAdjusters.lastDayOfMonth());
            case YEAR -> start.with(TemporalAdjusters.lastDayOfYear());
        };
    }

    /** Whether every day from {@code earliest} to {@code latest} falls in one bucket. */
    boolean holds(LocalDate earliest, LocalDate latest) {
        return start(earliest).equals(start(latest));
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
