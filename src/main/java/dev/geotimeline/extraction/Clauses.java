package dev.geotimeline.extraction;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a report into sentences (java.text.BreakIterator within lines) and sentences into clauses. */
final class Clauses {

    private static final Pattern LINE = Pattern.compile("[^\\r\\n]+");
    private static final Pattern BOUNDARY = Pattern.compile(
            ",? (?=which |who |while |after |before |since |but )"
                    + "|; |, and |, (?=his |her |its |their )| and (?=(?:will|would|plans|is due|are due|has|have|had|then)\\b)");

    private Clauses() {}

    /** Sentences as [start, end) offsets, without surrounding white space. */
    static List<int[]> sentences(String text) {
        List<int[]> sentences = new ArrayList<>();
        Matcher line = LINE.matcher(text);
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        while (line.find()) {
            iterator.setText(line.group());
            int start = iterator.first();
            for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
                addTrimmed(sentences, text, line.start() + start, line.start() + end);
            }
        }
        return sentences;
    }

    /** The clauses of text[from, to) as [start, end) offsets. */
    static List<int[]> clauses(String text, int from, int to) {
        List<int[]> clauses = new ArrayList<>();
        Matcher matcher = BOUNDARY.matcher(text).region(from, to);
        int start = from;
        while (matcher.find()) {
            addTrimmed(clauses, text, start, matcher.start());
            start = matcher.end();
        }
        addTrimmed(clauses, text, start, to);
        return clauses;
    }

    private static void addTrimmed(List<int[]> spans, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new int[] {start, end});
        }
    }
}
