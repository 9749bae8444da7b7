package dev.geotimeline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The bucket arithmetic on numbers agrees with java.time's calendar for every day, BCE years included. */
class HistogramIntervalTest {

    @Property(tries = 5000)
    void everyDayFallsInTheBucketTheCalendarGivesIt(@ForAll("days") LocalDate day) {
        assertBucket(HistogramInterval.DAY, day, day, day);
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        assertBucket(HistogramInterval.WEEK, day, monday, monday.plusDays(6));
        assertBucket(HistogramInterval.MONTH, day, day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()));
        assertBucket(HistogramInterval.YEAR, day, day.withDayOfYear(1), day.with(TemporalAdjusters.lastDayOfYear()));
    }

    @Property(tries = 2000)
    void bucketsOrderLikeTheirDays(@ForAll("days") LocalDate one, @ForAll("days") LocalDate other) {
        for (HistogramInterval interval : HistogramInterval.values()) {
            long a = interval.bucketOf(one);
            long b = interval.bucketOf(other);
            assertEquals(
                    Integer.signum(interval.firstDayOf(a).compareTo(interval.firstDayOf(b))),
                    Long.signum(Long.compare(a, b)),
                    interval + " " + one + " " + other);
            assertTrue(!one.isBefore(other) || a <= b, interval + " " + one + " " + other);
        }
    }

    private static void assertBucket(HistogramInterval interval, LocalDate day, LocalDate first, LocalDate last) {
        long bucket = interval.bucketOf(day);
        assertEquals(first, interval.firstDayOf(bucket), interval + " first day for " + day);
        assertEquals(last, interval.lastDayOf(bucket), interval + " last day for " + day);
        assertEquals(bucket, interval.bucketOf(first), interval + " holds its own first day of " + day);
        assertEquals(bucket, interval.bucketOf(last), interval + " holds its own last day of " + day);
        assertNotEquals(bucket, interval.bucketOf(first.minusDays(1)), interval + " not the day before " + day);
    }

    /** Days from 9999 BCE to 9999 CE, the range of an EDTF year of four digits, and often near a week's turn. */
    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.longs()
                .between(
                        LocalDate.of(-9999, 1, 1).toEpochDay(),
                        LocalDate.of(9999, 12, 31).toEpochDay())
                .edgeCases(edges -> edges.add(-4L, -3L, -1L, 0L, 3L, 4L))
                .map(LocalDate::ofEpochDay);
    }
}
