package dev.geotimeline.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The timeline tells from a sort key alone whether a date ends on or after {@code from}; this checks the
 * arithmetic, as the databases compute it (integer division and remainder that truncate), against the
 * dates themselves, around the first day, across 1970 (negative keys) and at the look-back's edges.
 */
class SortKeyOverlapTest {

    @Test
    void theSortKeyTellsWhetherADateEndsOnOrAfterFrom() {
        Random random = new Random(20261129);
        for (int i = 0; i < 200_000; i++) {
            LocalDate from = LocalDate.of(1965, 1, 1).plusDays(random.nextInt(3_000));
            LocalDate earliest = from.minusDays(EventDate.MAX_SPAN_DAYS).plusDays(random.nextInt(800));
            LocalDate latest = earliest.plusDays(random.nextInt(4) == 0 ? random.nextInt(367) : random.nextInt(3));
            assertEquals(
                    !latest.isBefore(from),
                    endsOnOrAfter(EventDate.sortKeyOf(earliest, latest), from),
                    earliest + "/" + latest + " from " + from);
        }
    }

    @Test
    void theEdgesOfTheLookBack() {
        LocalDate from = LocalDate.of(1970, 1, 1);
        LocalDate first = from.minusDays(EventDate.MAX_SPAN_DAYS);
        assertEquals(true, endsOnOrAfter(EventDate.sortKeyOf(first, from), from), "the longest span reaches from");
        assertEquals(false, endsOnOrAfter(EventDate.sortKeyOf(first, from.minusDays(1)), from));
        assertEquals(false, endsOnOrAfter(EventDate.sortKeyOf(from.minusDays(1), from.minusDays(1)), from));
        assertEquals(true, endsOnOrAfter(EventDate.sortKeyOf(from, from), from));
        assertEquals(true, endsOnOrAfter(EventDate.sortKeyOf(from.minusDays(1), from), from));
    }

    /** The SQL condition of TimelineRepository, with Java's truncating / and %, like SQL's. */
    private static boolean endsOnOrAfter(long sortKey, LocalDate from) {
        long s = sortKey - EventDate.endsOnOrAfterOrigin(from);
        return s % EventDate.SORT_KEYS_PER_DAY - s / EventDate.SORT_KEYS_PER_DAY <= EventDate.ENDS_ON_OR_AFTER_LIMIT;
    }
}
