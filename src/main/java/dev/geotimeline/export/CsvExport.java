package dev.geotimeline.export;

import dev.geotimeline.event.EventResponse;
import dev.geotimeline.event.EventResponse.DateView;
import dev.geotimeline.location.Coordinates;
import dev.geotimeline.location.LocationSummary;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV: a header row, then one row per event; CRLF line ends; a cell holding a comma, a
 * double quote, CR or LF is quoted, its quotes doubled. A text cell starting with =, +, -, @, a tab
 * or CR gets a leading apostrophe, so that a spreadsheet shows it as text instead of running it as
 * a formula (CSV injection). Optionally preceded by a UTF-8 byte order mark, for Excel.
 */
final class CsvExport implements ExportWriter {

    /** The columns, in order (documented in the README and the OpenAPI document). */
    static final List<String> COLUMNS = List.of(
            "id",
            "date",
            "precision",
            "approximate",
            "earliest",
            "latest",
            "type",
            "title",
            "summary",
            "actors",
            "locations",
            "latitude",
            "longitude",
            "sources",
            "tags");

    private static final String SEPARATOR = "; ";

    private final Writer out;
    private final boolean byteOrderMark;

    CsvExport(OutputStream out, boolean byteOrderMark) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        this.byteOrderMark = byteOrderMark;
    }

    @Override
    public void begin() throws IOException {
        if (byteOrderMark) {
            out.write('\uFEFF');
        }
        out.write(String.join(",", COLUMNS));
        out.write("\r\n");
    }

    @Override
    public void write(EventResponse event, Map<Long, Coordinates> coordinates) throws IOException {
        DateView date = event.date();
        Coordinates first = firstPlaced(event.locations(), coordinates);
        List<String> cells = List.of(
                Long.toString(event.id()),
                date.edtf(),
                date.precision().name(),
                Boolean.toString(date.approximate()),
                date.earliest().toString(),
                date.latest().toString(),
                event.type().name(),
                text(event.title()),
                text(event.summary()),
                text(event.actors().stream()
                        .map(a -> a.name() + " (" + a.role() + ")")
                        .collect(Collectors.joining(SEPARATOR))),
                text(event.locations().stream().map(LocationSummary::name).collect(Collectors.joining(SEPARATOR))),
                first == null ? "" : Double.toString(first.latitude()),
                first == null ? "" : Double.toString(first.longitude()),
                text(event.sources().stream()
                        .map(EventResponse.SourceView::url)
                        .collect(Collectors.joining(SEPARATOR))),
                text(String.join(SEPARATOR, event.tags())));
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(cells.get(i)));
        }
        out.write("\r\n");
    }

    @Override
    public void end() throws IOException {
        out.flush();
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** The first of the event's places that has coordinates, in the event's order. */
    static Coordinates firstPlaced(List<LocationSummary> places, Map<Long, Coordinates> coordinates) {
        return places.stream()
                .map(place -> coordinates.get(place.id()))
                .filter(c -> c != null)
                .findFirst()
                .orElse(null);
    }

    /** Free text as a cell: a leading formula character is neutralised with an apostrophe. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        boolean formula =
                first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + value : value;
    }

    static String quoted(String cell) {
        boolean quote =
                cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\r') >= 0 || cell.indexOf('\n') >= 0;
        return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
