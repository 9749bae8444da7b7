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

    private static final List<EventType> TYPES = new ArrayList<>();

    /** All cues as one alternation, a group per line: at one position the earlier line wins. */
    private static final Pattern ALL = compile();

    private CueTable() {}

    private static Pattern compile() {
        StringBuilder all = new StringBuilder();
        for (String[] row : DataFiles.rows("extraction/cues.tsv")) {
            if (Pattern.compile(row[0]).matcher("").groupCount() != 0) {
                throw new IllegalStateException("extraction/cues.tsv: use (?:…), not capturing groups, in " + row[0]);
            }
            all.append(all.isEmpty() ? "" : "|").append('(').append(row[0]).append(')');
            TYPES.add(EventType.valueOf(row[1]));
        }
        return Pattern.compile(all.toString());
    }

    /** The cues in text[from, to), by position; where cues overlap, the one that starts first. */
    static List<Cue> find(String text, int from, int to) {
        Matcher matcher = ALL.matcher(text.substring(from, to).toLowerCase(Locale.ROOT));
        List<Cue> cues = new ArrayList<>();
        while (matcher.find()) {
            int line = 0;
            while (matcher.group(line + 1) == null) {
                line++;
            }
            cues.add(new Cue(TYPES.get(line), from + matcher.start(), from + matcher.end(), line));
        }
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
