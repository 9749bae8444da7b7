package dev.geotimeline.extraction;

import dev.geotimeline.event.EventType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The cue table (extraction/cues.tsv): words that suggest a PLOVER type. */
final class CueTable {

    record Cue(EventType type, int start, int end, int line) {}

    private record Entry(Pattern pattern, EventType type) {}

    private static final List<Entry> ENTRIES = DataFiles.rows("extraction/cues.tsv").stream()
            .map(row -> new Entry(Pattern.compile(row[0]), EventType.valueOf(row[1])))
            .toList();

    private CueTable() {}

    /** Every cue in text[from, to), by position; at one position the earlier line of the table first. */
    static List<Cue> find(String text, int from, int to) {
        String lower = text.substring(from, to).toLowerCase(Locale.ROOT);
        List<Cue> cues = new ArrayList<>();
        for (int line = 0; line < ENTRIES.size(); line++) {
            Matcher matcher = ENTRIES.get(line).pattern().matcher(lower);
            while (matcher.find()) {
                cues.add(new Cue(ENTRIES.get(line).type(), from + matcher.start(), from + matcher.end(), line));
            }
        }
        cues.sort(Comparator.comparingInt(Cue::start).thenComparingInt(Cue::line));
        return cues;
    }

    /** The cue nearest to the span [start, end), or the first one when the span is empty. */
    static Optional<Cue> nearest(List<Cue> cues, int start, int end) {
        return cues.stream()
                .min(Comparator.comparingInt((Cue cue) -> distance(cue, start, end))
                        .thenComparingInt(Cue::start)
                        .thenComparingInt(Cue::line));
    }

    private static int distance(Cue cue, int start, int end) {
        if (cue.end() <= start) {
            return start - cue.end();
        }
        return cue.start() >= end ? cue.start() - end : 0;
    }
}
