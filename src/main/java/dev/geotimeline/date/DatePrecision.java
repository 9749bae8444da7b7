package dev.geotimeline.date;

import java.util.Locale;

/** How precisely an {@link EventDate} is known. */
public enum DatePrecision {
    YEAR,
    MONTH,
    DAY,
    INTERVAL;

    /** Lower-case name for JSON and query parameters: "year", "month", "day" or "interval". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
