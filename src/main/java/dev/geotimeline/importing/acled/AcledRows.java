package dev.geotimeline.importing.acled;

import static java.time.temporal.ChronoField.YEAR;

import dev.geotimeline.actor.ActorKind;
import dev.geotimeline.event.ActorRole;
import dev.geotimeline.event.EventType;
import dev.geotimeline.importing.DatasetRows;
import dev.geotimeline.importing.DelimitedReader;
import dev.geotimeline.importing.DelimitedReader.Record;
import dev.geotimeline.importing.EventDraft;
import dev.geotimeline.importing.ImportRow;
import dev.geotimeline.importing.RowException;
import dev.geotimeline.location.LocationKind;
import dev.geotimeline.problem.FieldError;
import dev.geotimeline.problem.ProblemException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rows of an ACLED CSV export (a header line, then one event a row) as events. Columns are
 * found by their header names, so their order and any extra columns do not matter.
 *
 * <ul>
 *   <li>{@code event_id_cnty} is the external key (source {@code acled});
 *   <li>{@code event_date} (ISO, {@code 9-May-20} or {@code 09 May 2020}) with {@code time_precision}
 *       1, 2 or 3 is the day, the approximate month or the approximate year;
 *   <li>{@code event_type}/{@code sub_event_type} give the PLOVER type ({@link AcledTypes});
 *   <li>{@code actor1} is the initiator, {@code actor2} the target, {@code assoc_actor_1} and
 *       {@code assoc_actor_2} (several separated by ";") participants;
 *   <li>{@code country}, {@code admin1}…{@code admin3}, {@code location} are the place, with
 *       {@code latitude}/{@code longitude} on the last;
 *   <li>{@code notes} is the summary and {@code source} the source's publisher.
 * </ul>
 */
public final class AcledRows extends DatasetRows {

    public static final String SOURCE = "acled";

    private static final List<String> REQUIRED =
            List.of("event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "country");

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            spreadsheetDate("d-MMM-", true),
            spreadsheetDate("d-MMM-", false),
            spreadsheetDate("d MMM ", false),
            spreadsheetDate("d MMMM ", false),
            spreadsheetDate("d MMM ", true));

    private final Map<String, Integer> columns = new HashMap<>();
    private int headerSize;

    public AcledRows(Reader body) {
        super(new DelimitedReader(body, ',', true, MAX_RECORD_LENGTH));
        readHeader();
    }

    private void readHeader() {
        Record header = nextRecord();
        if (header == null || header.error() != null) {
            throw ProblemException.badRequest(
                    "body",
                    header == null ? "the file is empty; an ACLED export starts with a header line" : header.error());
        }
        headerSize = header.fields().size();
        for (int i = 0; i < headerSize; i++) {
            columns.putIfAbsent(header.fields().get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing =
                REQUIRED.stream().filter(name -> !columns.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            String message = "the header line lacks the column(s) " + String.join(", ", missing)
                    + " of an ACLED export (is this an ACLED CSV file?)";
            throw new ProblemException(
                    400, "Invalid request", message, List.of(new FieldError("header", message, header.line())));
        }
    }

    @Override
    protected ImportRow row(Record record) {
        List<String> fields = fields(record, headerSize, "the header");
        String id = value(fields, "event_id_cnty");
        if (id.isEmpty() || id.length() > 200 || id.chars().anyMatch(Character::isWhitespace)) {
            throw new RowException("event_id_cnty", "needs an event id without spaces (at most 200 characters)");
        }
        String eventType = value(fields, "event_type");
        String subEventType = value(fields, "sub_event_type");
        EventType type = AcledTypes.of(eventType, subEventType)
                .orElseThrow(() -> new RowException(
                        "event_type", "'" + eventType + "' is not an ACLED event type (see the mapping table)"));
        String actor1 = value(fields, "actor1");
        if (actor1.isEmpty()) {
            throw new RowException("actor1", "is empty; every ACLED event has a first actor");
        }
        String actor2 = value(fields, "actor2");
        EventDraft draft = new EventDraft()
                .type(type)
                .date(date(value(fields, "event_date"), value(fields, "time_precision")))
                .externalKey(SOURCE, id)
                .summary(value(fields, "notes"))
                .actor("actor1", actor1, ActorRole.INITIATOR, kind(value(fields, "inter1")))
                .actor("actor2", actor2, ActorRole.TARGET, kind(value(fields, "inter2")));
        for (String column : List.of("assoc_actor_1", "assoc_actor_2")) {
            for (String actor : value(fields, column).split(";")) {
                draft.actor(column, actor, ActorRole.PARTICIPANT, ActorKind.OTHER);
            }
        }
        if (value(fields, "country").isEmpty()) {
            throw new RowException("country", "is empty");
        }
        draft.place("country", value(fields, "country"), LocationKind.COUNTRY);
        for (String admin : List.of("admin1", "admin2", "admin3")) {
            draft.place(admin, value(fields, admin), LocationKind.REGION);
        }
        draft.place("location", value(fields, "location"), LocationKind.CITY);
        Double latitude = EventDraft.coordinate("latitude", value(fields, "latitude"), 90);
        Double longitude = EventDraft.coordinate("longitude", value(fields, "longitude"), 180);
        if ((latitude == null) != (longitude == null)) {
            throw new RowException(latitude == null ? "latitude" : "longitude", "give latitude and longitude together");
        }
        draft.coordinates(latitude, longitude);
        draft.source("urn:acled:" + id, value(fields, "source"), null);
        String leaf = draft.place().get(draft.place().size() - 1).name();
        String title = (subEventType.isEmpty() ? eventType : subEventType) + ": " + actor1
                + (actor2.isEmpty() ? "" : " and " + actor2) + " in " + leaf;
        return draft.title(title).row(record.line());
    }

    /** EDTF of an ACLED date at its precision: 1 the day, 2 the approximate month, 3 the approximate year. */
    static String date(String text, String precision) {
        LocalDate day = parseDate(text);
        return switch (precision.isEmpty() ? "1" : precision) {
            case "1" -> day.toString();
            case "2" -> day.toString().substring(0, 7) + "~";
            case "3" -> day.getYear() + "~";
            default -> throw new RowException("time_precision", "'" + precision + "' is not 1, 2 or 3");
        };
    }

    private static LocalDate parseDate(String text) {
        if (text.isEmpty()) {
            throw new RowException("event_date", "is empty");
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next layout
            }
        }
        throw new RowException("event_date", "'" + text + "' is not a date (use 2020-05-09, 9-May-20 or 09 May 2020)");
    }

    /** ACLED's actor categories (inter1/inter2: the code 1–8 or its words) as actor kinds. */
    static ActorKind kind(String inter) {
        String words = inter.toLowerCase(Locale.ROOT);
        if (words.equals("1") || words.startsWith("state forces")) {
            return ActorKind.GOVERNMENT;
        }
        if (List.of("2", "3", "4").contains(words) || words.startsWith("rebel") || words.contains("militia")) {
            return ActorKind.ARMED_GROUP;
        }
        return ActorKind.OTHER;
    }

    private String value(List<String> fields, String column) {
        Integer index = columns.get(column);
        return index == null || index >= fields.size() ? "" : fields.get(index).strip();
    }

    private static DateTimeFormatter spreadsheetDate(String dayAndMonth, boolean twoDigitYear) {
        DateTimeFormatterBuilder builder =
                new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(dayAndMonth);
        if (twoDigitYear) {
            // ACLED starts in 1997: 97 is 1997, 20 is 2020.
            builder.appendValueReduced(YEAR, 2, 2, 1970);
        } else {
            builder.appendValue(YEAR, 4);
        }
        return builder.toFormatter(Locale.US).withResolverStyle(ResolverStyle.STRICT);
    }
}
