package dev.geotimeline.importing;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads delimited text (CSV as RFC 4180 has it, or tab-separated values) one record at a time,
 * so that a file of any size is read in constant memory. Quoted fields may hold the delimiter,
 * line breaks and doubled quotes; lines may end in CRLF, LF or CR; a byte order mark at the
 * start is ignored, and so are empty lines. A record that cannot be read (a quote left open at
 * the end of the file, a record longer than the limit) comes back with the reason instead of
 * its fields, and reading goes on with the next record.
 */
public final class DelimitedReader {

    /** One record and the line it starts on; {@code error} instead of {@code fields} when unreadable. */
    public record Record(int line, List<String> fields, String error) {}

    private static final int EOF = -1;
    private static final int NONE = -2;
    private static final char QUOTE = '"';

    private final Reader reader;
    private final char delimiter;
    private final boolean quoting;
    private final int maxRecordLength;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private int pushedBack = NONE;
    private int line = 1;
    private boolean started;

    /**
     * @param quoting whether double quotes enclose fields (CSV); without it (GDELT's tab-separated
     *     files) a quote is an ordinary character
     */
    public DelimitedReader(Reader reader, char delimiter, boolean quoting, int maxRecordLength) {
        this.reader = reader;
        this.delimiter = delimiter;
        this.quoting = quoting;
        this.maxRecordLength = maxRecordLength;
    }

    /** The next record, or null at the end of the input. */
    public Record next() throws IOException {
        int c = read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        while (c == '\r' || c == '\n') {
            endOfLine(c);
            c = read();
        }
        if (c == EOF) {
            return null;
        }
        pushedBack = c;
        return readRecord();
    }

    private Record readRecord() throws IOException {
        int start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int length = 0;
        boolean quoted = false;
        boolean fieldStart = true;
        int quoteLine = 0;
        while (true) {
            int c = read();
            if (c == EOF) {
                if (quoted) {
                    return new Record(
                            start,
                            null,
                            "the quoted field opened on line " + quoteLine
                                    + " is not closed by the end of the file (is the file truncated?)");
                }
                fields.add(field.toString());
                return finish(start, fields, length);
            }
            if (quoted) {
                if (c == QUOTE) {
                    int next = read();
                    if (next == QUOTE) {
                        length = append(field, QUOTE, length);
                    } else {
                        quoted = false;
                        pushedBack = next;
                    }
                } else if (c == '\r' || c == '\n') {
                    endOfLine(c);
                    length = append(field, '\n', length);
                } else {
                    length = append(field, (char) c, length);
                }
                continue;
            }
            if (c == delimiter) {
                length++;
                if (length <= maxRecordLength) {
                    fields.add(field.toString());
                }
                field.setLength(0);
                fieldStart = true;
                continue;
            }
            if (c == '\r' || c == '\n') {
                endOfLine(c);
                fields.add(field.toString());
                return finish(start, fields, length);
            }
            if (quoting && c == QUOTE && fieldStart) {
                quoted = true;
                quoteLine = line;
                fieldStart = false;
                continue;
            }
            fieldStart = false;
            length = append(field, (char) c, length);
        }
    }

    private Record finish(int start, List<String> fields, int length) {
        if (length > maxRecordLength) {
            return new Record(start, null, "the row is longer than " + maxRecordLength + " characters");
        }
        return new Record(start, fields, null);
    }

    /** Appends while the record is within the limit; past it only counts, so memory stays bounded. */
    private int append(StringBuilder field, char c, int length) {
        if (length < maxRecordLength) {
            field.append(c);
        }
        return length + 1;
    }

    private void endOfLine(int c) throws IOException {
        if (c == '\r') {
            int next = read();
            if (next != '\n') {
                pushedBack = next;
            }
        }
        line++;
    }

    private int read() throws IOException {
        if (pushedBack != NONE) {
            int c = pushedBack;
            pushedBack = NONE;
            return c;
        }
        if (position == limit) {
            limit = reader.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return EOF;
            }
        }
        return buffer[position++];
    }
}
