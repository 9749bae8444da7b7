package dev.geotimeline.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.geotimeline.event.EventResponse;
import dev.geotimeline.location.Coordinates;
import dev.geotimeline.location.LocationRepository;
import dev.geotimeline.location.LocationSummary;
import dev.geotimeline.timeline.TimelineQuery;
import dev.geotimeline.timeline.TimelineService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a whole timeline in an export format, in constant memory: the events are read in keyset
 * pages of {@link #PAGE_SIZE} (the timeline's own query) and each page is written and flushed to
 * the client before the next one is read.
 */
@ApplicationScoped
public class TimelineExporter {

    /** Events read and written at a time. */
    public static final int PAGE_SIZE = 500;

    private final TimelineService timelines;
    private final LocationRepository locations;
    private final ObjectMapper mapper;

    public TimelineExporter(TimelineService timelines, LocationRepository locations, ObjectMapper mapper) {
        this.timelines = timelines;
        this.locations = locations;
        this.mapper = mapper;
    }

    /**
     * Writes every event matching {@code query} (its cursor and limit are ignored) to {@code out}.
     *
     * @param byteOrderMark whether a CSV export starts with the UTF-8 byte order mark
     * @param title the document's title where the format has one (TimelineJS)
     */
    public void export(TimelineQuery query, ExportFormat format, boolean byteOrderMark, String title, OutputStream out)
            throws IOException {
        ExportWriter writer = format == ExportFormat.CSV
                ? new CsvExport(out, byteOrderMark)
                : JsonExports.of(format, mapper, out, title);
        writer.begin();
        try {
            timelines.forEachPage(query.after(null).pagesOf(PAGE_SIZE), events -> write(writer, events));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.end();
    }

    private void write(ExportWriter writer, List<EventResponse> events) {
        Set<Long> places = events.stream()
                .flatMap(event -> event.locations().stream())
                .map(LocationSummary::id)
                .collect(Collectors.toSet());
        Map<Long, Coordinates> coordinates =
                QuarkusTransaction.requiringNew().call(() -> locations.coordinates(places));
        try {
            for (EventResponse event : events) {
                writer.write(event, coordinates);
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
