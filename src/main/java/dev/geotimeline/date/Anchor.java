package dev.geotimeline.date;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** What an expression is resolved against: the report's day R and, if known, the tense of its sentence. */
record Anchor(LocalDate reference, Tense tense) {

    boolean future() {
        return tense == Tense.FUTURE;
    }

    boolean past() {
        return tense == Tense.PAST;
    }

    Anchor withTense(Tense newTense) {
        return new Anchor(reference, newTense);
    }

    /**
     * Chooses one of several readings in chronological order: with a past hint the latest starting on or before
     * R, with a future hint the first ending on or after R, without a hint the nearest to R (one containing R
     * is nearest; a tie goes to the earlier one).
     */
    <T> T choose(List<T> readings, Function<T, EventDate> dateOf) {
        T chosen = null;
        long best = Long.MAX_VALUE;
        for (T reading : readings) {
            EventDate date = dateOf.apply(reading);
            if (past()) {
                if (!date.earliest().isAfter(reference)) {
                    chosen = reading;
                }
            } else if (future()) {
                if (!date.latest().isBefore(reference)) {
                    return reading;
                }
            } else {
                long distance = distance(date);
                if (distance < best) {
                    best = distance;
                    chosen = reading;
                }
            }
        }
        if (chosen == null) {
            throw new InvalidDateException(
                    "no reading of the expression lies on the side of " + reference + " that the tense points to");
        }
        return chosen;
    }

    /** How the choice of {@link #choose} is made, in words. */
    String choiceWords(String what) {
        if (past()) {
            return "the latest " + what + " starting on or before " + reference + " (past tense)";
        }
        if (future()) {
            return "the first " + what + " ending on or after " + reference + " (future tense)";
        }
        return "the " + what + " nearest to " + reference;
    }

    private long distance(EventDate date) {
        if (date.latest().isBefore(reference)) {
            return reference.toEpochDay() - date.latest().toEpochDay();
        }
        if (date.earliest().isAfter(reference)) {
            return date.earliest().toEpochDay() - reference.toEpochDay();
        }
        return 0;
    }
}
