package dev.geotimeline.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.geotimeline.event.EventResponse;
import dev.geotimeline.event.EventResponse.ActorView;
import dev.geotimeline.event.EventResponse.DateView;
import dev.geotimeline.location.Coordinates;
import dev.geotimeline.location.LocationSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;

/** The JSON export formats, written with a streaming generator: NDJSON, GeoJSON and TimelineJS. */
final class JsonExports {

    private JsonExports() {}

    static ExportWriter of(ExportFormat format, ObjectMapper mapper, OutputStream out, String title)
            throws IOException {
        JsonGenerator json = mapper.getFactory().createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return switch (format) {
            case NDJSON -> new Ndjson(json);
            case GEOJSON -> new GeoJson(json);
            case TIMELINEJS -> new TimelineJs(json, title);
            case CSV -> throw new IllegalArgumentException("CSV is not JSON");
        };
    }

    private abstract static class Streaming implements ExportWriter {
        final JsonGenerator json;

        Streaming(JsonGenerator json) {
            this.json = json;
        }

        @Override
        public void flush() throws IOException {
            json.flush();
        }

        /** Closes the array of events or features and the document around it. */
        @Override
        public void end() throws IOException {
            json.writeEndArray();
            json.writeEndObject();
            json.flush();
        }
    }

    /** One event per line, each as the API's event object. */
    private static final class Ndjson extends Streaming {

        Ndjson(JsonGenerator json) {
            super(json);
            json.setRootValueSeparator(null);
        }

        @Override
        public void begin() {}

        @Override
        public void write(EventResponse event, Map<Long, Coordinates> coordinates) throws IOException {
            json.writeObject(event);
            json.writeRaw('\n');
        }

        @Override
        public void end() throws IOException {
            json.flush();
        }
    }

    /**
     * An RFC 7946 FeatureCollection: one Point Feature per event and place with coordinates
     * ([longitude, latitude]); events without a located place have no Feature.
     */
    private static final class GeoJson extends Streaming {

        GeoJson(JsonGenerator json) {
            super(json);
        }

        @Override
        public void begin() throws IOException {
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeArrayFieldStart("features");
        }

        @Override
        public void write(EventResponse event, Map<Long, Coordinates> coordinates) throws IOException {
            for (LocationSummary place : event.locations()) {
                Coordinates at = coordinates.get(place.id());
                if (at != null) {
                    feature(event, place, at);
                }
            }
        }

        private void feature(EventResponse event, LocationSummary place, Coordinates at) throws IOException {
            json.writeStartObject();
            json.writeStringField("type", "Feature");
            json.writeStringField("id", event.id() + "-" + place.id());
            json.writeObjectFieldStart("geometry");
            json.writeStringField("type", "Point");
            json.writeArrayFieldStart("coordinates");
            json.writeNumber(at.longitude());
            json.writeNumber(at.latitude());
            json.writeEndArray();
            json.writeEndObject();
            json.writeObjectFieldStart("properties");
            json.writeNumberField("eventId", event.id());
            json.writeStringField("title", event.title());
            json.writeStringField("summary", event.summary());
            json.writeStringField("type", event.type().name());
            DateView date = event.date();
            json.writeStringField("date", date.edtf());
            json.writeStringField("precision", date.precision().name());
            json.writeBooleanField("approximate", date.approximate());
            json.writeStringField("earliest", date.earliest().toString());
            json.writeStringField("latest", date.latest().toString());
            json.writeObjectField("location", place);
            json.writeArrayFieldStart("actors");
            for (ActorView actor : event.actors()) {
                json.writeObject(actor);
            }
            json.writeEndArray();
            json.writeObjectField("sources", event.sources());
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    /**
     * TimelineJS 3 JSON: {@code start_date} holds the year, the month and the day only as far as the
     * date's precision goes; seasons, quarters and intervals also have an {@code end_date}; an
     * approximate date gets a {@code display_date} starting with "c.". Headline and text are
     * HTML-escaped, since TimelineJS renders them as HTML.
     */
    private static final class TimelineJs extends Streaming {

        private final String title;

        TimelineJs(JsonGenerator json, String title) {
            super(json);
            this.title = title;
        }

        @Override
        public void begin() throws IOException {
            json.writeStartObject();
            json.writeObjectFieldStart("title");
            json.writeObjectFieldStart("text");
            json.writeStringField("headline", html(title));
            json.writeEndObject();
            json.writeEndObject();
            json.writeArrayFieldStart("events");
        }

        @Override
        public void write(EventResponse event, Map<Long, Coordinates> coordinates) throws IOException {
            DateView date = event.date();
            json.writeStartObject();
            json.writeStringField("unique_id", "event-" + event.id());
            switch (date.precision()) {
                case YEAR -> timelineDate("start_date", date.earliest(), false, false);
                case MONTH -> timelineDate("start_date", date.earliest(), true, false);
                case DAY -> timelineDate("start_date", date.earliest(), true, true);
                case SUBYEAR -> {
                    timelineDate("start_date", date.earliest(), true, false);
                    timelineDate("end_date", date.latest(), true, false);
                }
                case INTERVAL -> {
                    timelineDate("start_date", date.earliest(), true, true);
                    timelineDate("end_date", date.latest(), true, true);
                }
            }
            if (date.approximate()) {
                json.writeStringField("display_date", "c. " + readable(date));
            }
            json.writeObjectFieldStart("text");
            json.writeStringField("headline", html(event.title()));
            json.writeStringField("text", html(event.summary() == null ? "" : event.summary()));
            json.writeEndObject();
            json.writeStringField("group", event.type().name());
            json.writeEndObject();
        }

        private void timelineDate(String field, LocalDate day, boolean month, boolean dayOfMonth) throws IOException {
            json.writeObjectFieldStart(field);
            json.writeNumberField("year", day.getYear());
            if (month) {
                json.writeNumberField("month", day.getMonthValue());
            }
            if (dayOfMonth) {
                json.writeNumberField("day", day.getDayOfMonth());
            }
            json.writeEndObject();
        }

        /** "December 2024", "12 February 2025", "2015", "March 2025 – May 2025". */
        private static String readable(DateView date) {
            return switch (date.precision()) {
                case YEAR -> Integer.toString(date.earliest().getYear());
                case MONTH -> month(date.earliest());
                case DAY -> date.earliest().getDayOfMonth() + " " + month(date.earliest());
                case SUBYEAR -> month(date.earliest()) + " – " + month(date.latest());
                case INTERVAL -> date.earliest() + " – " + date.latest();
            };
        }

        private static String month(LocalDate day) {
            return day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getYear();
        }

        private static String html(String text) {
            return text.replace("&", "&amp;")
                    .replace("<", "&lt;")
                    .replace(">", "&gt;")
                    .replace("\"", "&quot;")
                    .replace("'", "&#39;");
        }
    }
}
