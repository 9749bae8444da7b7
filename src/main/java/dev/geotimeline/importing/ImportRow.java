package dev.geotimeline.importing;

import dev.geotimeline.event.EventRequest;
import dev.geotimeline.event.EventRequest.ExternalKey;
import dev.geotimeline.problem.FieldError;

/**
 * One event of an import and where it stood in the input (1-based line or
 * array position); {@code unreadable} says why a line could not be read as an event.
 * A row of a dataset file also carries the places and actors to create when missing
 * ({@code names}); its event then refers to the place by the last level's name.
 */
public record ImportRow(int line, EventRequest event, FieldError unreadable, DatasetNames names) {

    public ImportRow(int line, EventRequest event) {
        this(line, event, null, null);
    }

    public ImportRow(int line, EventRequest event, FieldError unreadable) {
        this(line, event, unreadable, null);
    }

    /** A row that could not be read, and why. */
    public static ImportRow unreadable(int line, String field, String message) {
        return new ImportRow(line, null, new FieldError(field, message), null);
    }

    ExternalKey externalKey() {
        return event == null ? null : event.externalKey();
    }
}
