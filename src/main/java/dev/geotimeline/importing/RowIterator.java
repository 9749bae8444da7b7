package dev.geotimeline.importing;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** Import rows read one at a time from a streamed body, so an import never holds the whole body in memory. */
public abstract class RowIterator implements Iterator<ImportRow> {

    private ImportRow next;

    /** The next row of the body, or null at its end. */
    protected abstract ImportRow readNext();

    @Override
    public final boolean hasNext() {
        if (next == null) {
            next = readNext();
        }
        return next != null;
    }

    @Override
    public final ImportRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ImportRow row = next;
        next = null;
        return row;
    }
}
