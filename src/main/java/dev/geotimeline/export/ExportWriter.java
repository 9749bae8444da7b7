package dev.geotimeline.export;

import dev.geotimeline.event.EventResponse;
import dev.geotimeline.location.Coordinates;
import java.io.IOException;
import java.util.Map;

/** Writes one export document, event by event, straight to the client: nothing is kept. */
interface ExportWriter {

    void begin() throws IOException;

    /** One event; {@code coordinates} holds the positions of (at least) its places that have one. */
    void write(EventResponse event, Map<Long, Coordinates> coordinates) throws IOException;

    /** Ends the document and flushes it. */
    void end() throws IOException;

    /** Writes what is buffered to the client, after each page of events. */
    void flush() throws IOException;
}
