package dev.geotimeline.date;

import java.util.Locale;

/** How precisely an {@link EventDate} is known. */
public enum DatePrecision {
    YEAR,
    /** A season, quarter, third or half of a year (EDTF {@code 2025-21}, {@code 2024-34}, {@code 1991-37}). */
    SUBYEAR,
    MONTH,
    DAY,
    INTERVAL;

    /** Lower-case name for JSON and query parameters: "year", "subyear", "month", "day" or "interval". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
