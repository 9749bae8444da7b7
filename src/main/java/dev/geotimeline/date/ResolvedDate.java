package dev.geotimeline.date;

import java.util.Objects;

/**
 * A resolved date expression: the date and the rule that produced it, in words.
 *
 * @param date the date, as an event would store it
 * @param rule the rule that fired, e.g. "the latest Wednesday on or before 2025-02-13"
 */
public record ResolvedDate(EventDate date, String rule) {

    public ResolvedDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(rule, "rule");
    }

    /** Whether the date is an open interval ("since 2015" is {@code 2015/..}), which an event cannot store. */
    public boolean openEnded() {
        return date.edtf().endsWith("/..");
    }
}
