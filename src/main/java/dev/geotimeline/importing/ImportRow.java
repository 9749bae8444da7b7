package dev.geotimeline.importing;

import dev.geotimeline.event.EventRequest;
import dev.geotimeline.event.EventRequest.ExternalKey;
import dev.geotimeline.problem.FieldError;

/**
 * One event of an import and where it stood in the input (1-based line or
 * array position); {@code unreadable} says why a line could not be read as an event.
 */
public record ImportRow(int line, EventRequest event, FieldError unreadable) {

    public ImportRow(int line, EventRequest event) {
        this(line, event, null);
    }

    ExternalKey externalKey() {
        return event == null ? null : event.externalKey();
    }
}
