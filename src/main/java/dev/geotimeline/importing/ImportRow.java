package dev.geotimeline.importing;

import dev.geotimeline.event.EventRequest;

/** One event of an import and where it stood in the input (1-based line or array position). */
public record ImportRow(int line, EventRequest event) {
}
