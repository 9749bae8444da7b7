package dev.geotimeline.date;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The date of a timeline event: its canonical EDTF text and the inclusive range of days it may fall on.
 *
 * @param edtf        canonical EDTF text, e.g. {@code 2024-12~} or {@code 2025-02-03/2025-02-09}
 * @param precision   how precisely the date is known
 * @param approximate whether the date carries the EDTF {@code ~} (approximate) qualifier
 * @param earliest    first day the event may fall on
 * @param latest      last day the event may fall on, never before {@code earliest}
 */
public record EventDate(
        String edtf, DatePrecision precision, boolean approximate, LocalDate earliest, LocalDate latest) {

    public static final int MAX_SPAN_DAYS = 366;

    // The low bits hold the inverted span so that, on the same first day, longer spans sort first.
    private static final int SPAN_BITS = 21;
    private static final long MAX_ENCODED_SPAN = (1L << SPAN_BITS) - 1;

    public EventDate {
        Objects.requireNonNull(edtf, "edtf");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        if (latest.isBefore(earliest)) {
            throw new IllegalArgumentException("latest " + latest + " is before earliest " + earliest);
        }
    }

    /** Number of days from {@code earliest} to {@code latest}; 0 for a single day. */
    long spanDays() {
        return ChronoUnit.DAYS.between(earliest, latest);
    }

    /** Timeline order: earliest day ascending, then longer span first. */
    public long sortKey() {
        return sortKeyOf(earliest, latest);
    }

    public static long sortKeyOf(LocalDate earliest, LocalDate latest) {
        long spanDays = latest.toEpochDay() - earliest.toEpochDay();
        return encode(earliest, MAX_ENCODED_SPAN - Math.min(spanDays, MAX_ENCODED_SPAN));
    }

    /** Smallest sort key of any date whose earliest day is {@code day} (the longest possible span). */
    public static long lowestSortKeyStartingOn(LocalDate day) {
        return encode(day, 0);
    }

    /** How many sort keys one first day spans: the first day times this, plus the inverted span. */
    public static final long SORT_KEYS_PER_DAY = 1L << SPAN_BITS;

    /**
     * The bound of the condition that tells from the sort key alone whether a date ends on or after a day
     * {@code from}, for every sort key from {@link #lowestSortKeyStartingOn}({@code from} minus {@link
     * #MAX_SPAN_DAYS}) on: with {@code s} = key − {@link #endsOnOrAfterOrigin}({@code from}), the date ends on
     * or after {@code from} exactly when {@code s % SORT_KEYS_PER_DAY − s / SORT_KEYS_PER_DAY} ≤ this. There
     * {@code s} is positive, so integer division is floor division on every database. A timeline can then skip
     * the year before {@code from} in its index, without reading an event row for each entry.
     */
    public static final long ENDS_ON_OR_AFTER_LIMIT = MAX_ENCODED_SPAN - (MAX_SPAN_DAYS + 1);

    /** The origin of that condition for {@code from}: see {@link #ENDS_ON_OR_AFTER_LIMIT}. */
    public static long endsOnOrAfterOrigin(LocalDate from) {
        return encode(from.minusDays(MAX_SPAN_DAYS + 1L), 0);
    }

    /** Largest sort key of any date whose earliest day is {@code day} (a single day). */
    public static long highestSortKeyStartingOn(LocalDate day) {
        return encode(day, MAX_ENCODED_SPAN);
    }

    private static long encode(LocalDate earliest, long invertedSpan) {
        // Multiplying (not shifting) keeps the order correct for negative epoch days before 1970.
        return earliest.toEpochDay() * (1L << SPAN_BITS) + invertedSpan;
    }
}
