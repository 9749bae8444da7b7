package dev.geotimeline.importing;

import dev.geotimeline.importing.DelimitedReader.Record;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The rows of a delimited dataset file as import rows, read one record at a time. Subclasses
 * turn a record's fields into an event; a record that cannot be read becomes a row error with
 * its line.
 */
public abstract class DatasetRows implements Iterator<ImportRow> {

    /** Longer records are reported, not read: no real dataset row comes near it. */
    protected static final int MAX_RECORD_LENGTH = 1_000_000;

    private final DelimitedReader reader;
    private ImportRow next;

    protected DatasetRows(DelimitedReader reader) {
        this.reader = reader;
    }

    /** The event of a readable record; a {@link RowException} names the field at fault. */
    protected abstract ImportRow row(Record record);

    @Override
    public boolean hasNext() {
        if (next == null) {
            Record record = nextRecord();
            if (record != null) {
                next = record.error() != null
                        ? ImportRow.unreadable(record.line(), "row", record.error())
                        : read(record);
            }
        }
        return next != null;
    }

    private ImportRow read(Record record) {
        try {
            return row(record);
        } catch (RowException e) {
            return ImportRow.unreadable(record.line(), e.field(), e.getMessage());
        }
    }

    @Override
    public ImportRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ImportRow row = next;
        next = null;
        return row;
    }

    /** The next record of the file, or null at its end. */
    protected final Record nextRecord() {
        try {
            return reader.next();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
