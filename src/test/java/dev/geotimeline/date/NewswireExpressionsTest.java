package dev.geotimeline.date;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Resolves every expression of {@code dates/newswire-expressions.tsv} (composed for this project: each with the
 * report's date, an optional tense or sentence, and the date a careful reader gives) and prints the shares
 * resolved exactly, compatibly (a range containing, or contained by, the reader's), refused and wrong.
 */
class NewswireExpressionsTest {

    private static final String TABLE = "/dates/newswire-expressions.tsv";
    private static final double MIN_EXACT_OR_COMPATIBLE = 0.95;
    private static final double MAX_WRONG = 0.01;
    private static final int MIN_ROWS = 300;

    enum Outcome {
        EXACT,
        COMPATIBLE,
        REFUSED,
        WRONG
    }

    record Row(int line, LocalDate reportedOn, String when, String hint, String expected) {

        Tense tense() {
            if (hint.startsWith("ctx:")) {
                return Tense.fromContext(hint.substring("ctx:".length())).orElse(null);
            }
            return Tense.fromLabel(hint).orElse(null);
        }

        LocalDate expectedEarliest() {
            if (expected.equals("199X")) {
                return LocalDate.of(1990, 1, 1);
            }
            return Edtf.parse(expected.replace("/..", "")).earliest();
        }

        LocalDate expectedLatest() {
            if (expected.equals("199X")) {
                return LocalDate.of(1999, 12, 31);
            }
            return expected.endsWith("/..") ? reportedOn : Edtf.parse(expected).latest();
        }
    }

    @Test
    void resolvesNewswireExpressionsAsACarefulReaderWould() throws IOException {
        List<Row> rows = rows();
        assertTrue(rows.size() >= MIN_ROWS, () -> "the table has only " + rows.size() + " rows");
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        List<String> misses = new ArrayList<>();
        for (Row row : rows) {
            Outcome outcome;
            String got;
            try {
                ResolvedDate resolved = RelativeDates.resolve(row.when(), row.reportedOn(), row.tense());
                got = resolved.date().edtf() + "  [" + resolved.rule() + "]";
                outcome = judge(row, resolved.date());
            } catch (InvalidDateException e) {
                got = "refused: " + e.getMessage();
                outcome = Outcome.REFUSED;
            }
            counts.merge(outcome, 1, Integer::sum);
            if (outcome != Outcome.EXACT) {
                misses.add(outcome + " line " + row.line() + ": '" + row.when() + "' on " + row.reportedOn()
                        + (row.hint().isEmpty() ? "" : " (" + row.hint() + ")") + " expected " + row.expected()
                        + ", got " + got);
            }
        }
        int total = rows.size();
        StringBuilder report = new StringBuilder("Newswire expressions (" + total + "):");
        for (Outcome outcome : Outcome.values()) {
            int count = counts.getOrDefault(outcome, 0);
            report.append(
                    String.format(" %s %d (%.1f %%)", outcome.name().toLowerCase(), count, 100.0 * count / total));
        }
        System.out.println(report);
        misses.forEach(miss -> System.out.println("  " + miss));
        double exactOrCompatible =
                (counts.getOrDefault(Outcome.EXACT, 0) + counts.getOrDefault(Outcome.COMPATIBLE, 0)) / (double) total;
        double wrong = counts.getOrDefault(Outcome.WRONG, 0) / (double) total;
        assertTrue(exactOrCompatible >= MIN_EXACT_OR_COMPATIBLE, report::toString);
        assertTrue(wrong <= MAX_WRONG, report::toString);
    }

    private static Outcome judge(Row row, EventDate date) {
        if (date.edtf().equals(row.expected())) {
            return Outcome.EXACT;
        }
        LocalDate earliest = row.expectedEarliest();
        LocalDate latest = row.expectedLatest();
        boolean contains = !date.earliest().isAfter(earliest) && !date.latest().isBefore(latest);
        boolean containedBy =
                !date.earliest().isBefore(earliest) && !date.latest().isAfter(latest);
        return contains || containedBy ? Outcome.COMPATIBLE : Outcome.WRONG;
    }

    private static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(NewswireExpressionsTest.class.getResourceAsStream(TABLE), TABLE);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("reportedOn\t")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 4) {
                    throw new IllegalStateException(TABLE + " line " + number + " has " + cells.length + " cells");
                }
                rows.add(new Row(number, LocalDate.parse(cells[0]), cells[1], cells[2], cells[3]));
            }
        }
        return rows;
    }
}
