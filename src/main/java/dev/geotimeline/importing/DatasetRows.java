package dev.geotimeline.importing;

import dev.geotimeline.importing.DelimitedReader.Record;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The rows of a delimited dataset file as import rows, read one record at a time. Subclasses
 * turn a record's fields into an event; a record that cannot be read becomes a row error with
 * its line.
 */
public abstract class DatasetRows extends RowIterator {

    /** Longer records are reported, not read: no real dataset row comes near it. */
    protected static final int MAX_RECORD_LENGTH = 1_000_000;

    private final DelimitedReader reader;

    protected DatasetRows(DelimitedReader reader) {
        this.reader = reader;
    }

    /** The event of a readable record; a {@link RowException} names the field at fault. */
    protected abstract ImportRow row(Record record);

    @Override
    protected final ImportRow readNext() {
        Record record = nextRecord();
        if (record == null) {
            return null;
        }
        if (record.error() != null) {
            return ImportRow.unreadable(record.line(), "row", record.error());
        }
        try {
            return row(record);
        } catch (RowException e) {
            return ImportRow.unreadable(record.line(), e.field(), e.getMessage());
        }
    }

    /** The next record of the file, or null at its end. */
    protected final Record nextRecord() {
        try {
            return reader.next();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The record's fields, when it has as many as {@code expected} says a row of the layout has. */
    protected static List<String> fields(Record record, int count, String expected) {
        List<String> fields = record.fields();
        if (fields.size() != count) {
            throw new RowException(
                    "row",
                    "the row has " + fields.size() + " fields; " + expected + " has " + count
                            + (fields.size() < count ? " (a truncated row?)" : ""));
        }
        return fields;
    }
}
