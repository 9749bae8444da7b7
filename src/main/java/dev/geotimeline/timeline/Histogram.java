package dev.geotimeline.timeline;

import dev.geotimeline.date.DatePrecision;
import dev.geotimeline.timeline.TimelineRepository.DateCount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Event counts over time, precision-aware. A date counts in the main series, in the bucket of its
 * earliest day, when all its possible days fall in one bucket of the interval (any day date; a month
 * date for month or year buckets; a season, quarter or year date for year buckets unless it crosses
 * a new year, as a winter does; an interval inside one bucket). Any other date counts in the series
 * of its precision ("month only", "year only"...), in a bucket that is its own span, from its first
 * to its last possible day. Approximate dates count like exact ones.
 */
@Schema(name = "Histogram", description = """
        Event counts per bucket. The first series holds the events whose date falls within one bucket of the \
        interval, counted in that bucket; every coarser date (a month when days are asked for, a year when \
        months are…) is counted in a series of its own precision, in a bucket spanning the date itself.""")
public record Histogram(
        @Schema(
                example = "day",
                enumeration = {"day", "week", "month", "year"})
        String interval,

        @Schema(description = "Number of matching events (the sum of every series)", example = "5")
        long total,

        List<Series> series) {

    @Schema(name = "HistogramSeries", description = "The counts of the events of one date precision.")
    public record Series(
            @Schema(
                    description = "The interval's name in upper case for the first series (its events are known "
                            + "to the interval or finer); the date precision of the others",
                    example = "DAY")
            String precision,

            @Schema(example = "day") String label,

            @Schema(description = "Non-empty buckets in date order")
            List<Bucket> buckets) {}

    @Schema(name = "HistogramBucket", description = "A span of days (both inclusive) and the events counted in it.")
    public record Bucket(
            @Schema(example = "2025-02-12") LocalDate start,
            @Schema(example = "2025-02-12") LocalDate end,
            @Schema(example = "2") long count) {}

    private record Span(LocalDate start, LocalDate end) {}

    private static final Comparator<Span> DATE_ORDER = (a, b) -> {
        int byStart = a.start().compareTo(b.start());
        return byStart != 0 ? byStart : a.end().compareTo(b.end());
    };

    /** Rolls the database's counts per date up into buckets; the work is one pass over distinct dates. */
    static Histogram of(HistogramInterval interval, List<DateCount> counts) {
        Map<Long, Long> main = new HashMap<>();
        Map<DatePrecision, Map<Span, Long>> coarser = new EnumMap<>(DatePrecision.class);
        long total = 0;
        for (DateCount count : counts) {
            total += count.count();
            long bucket = interval.bucketOf(count.earliest());
            if (bucket == interval.bucketOf(count.latest())) {
                main.merge(bucket, count.count(), Long::sum);
            } else {
                coarser.computeIfAbsent(count.precision(), p -> new HashMap<>())
                        .merge(new Span(count.earliest(), count.latest()), count.count(), Long::sum);
            }
        }
        List<Series> series = new ArrayList<>();
        series.add(new Series(interval.name(), interval.label(), buckets(interval, main)));
        for (DatePrecision precision : seriesOrder()) {
            Map<Span, Long> spans = coarser.get(precision);
            if (spans != null) {
                series.add(new Series(precision.name(), HistogramInterval.coarserLabel(precision), buckets(spans)));
            }
        }
        return new Histogram(interval.label(), total, series);
    }

    /** Finer to coarser: a month, a season or part of a year, a year, then intervals. */
    private static List<DatePrecision> seriesOrder() {
        return List.of(DatePrecision.MONTH, DatePrecision.SUBYEAR, DatePrecision.YEAR, DatePrecision.INTERVAL);
    }

    /** In date order: sorted once at the end, as a sorted map costs more per count than the sort. */
    private static List<Bucket> buckets(Map<Span, Long> spans) {
        return spans.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(DATE_ORDER))
                .map(e -> new Bucket(e.getKey().start(), e.getKey().end(), e.getValue()))
                .toList();
    }

    private static List<Bucket> buckets(HistogramInterval interval, Map<Long, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new Bucket(interval.firstDayOf(e.getKey()), interval.lastDayOf(e.getKey()), e.getValue()))
                .toList();
    }
}
