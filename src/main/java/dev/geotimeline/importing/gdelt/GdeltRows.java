package dev.geotimeline.importing.gdelt;

import dev.geotimeline.actor.ActorKind;
import dev.geotimeline.event.ActorRole;
import dev.geotimeline.importing.DatasetRows;
import dev.geotimeline.importing.DelimitedReader;
import dev.geotimeline.importing.DelimitedReader.Record;
import dev.geotimeline.importing.EventDraft;
import dev.geotimeline.importing.ImportRow;
import dev.geotimeline.importing.RowException;
import dev.geotimeline.location.LocationKind;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rows of a GDELT 2.0 event export (61 tab-separated columns, no header) as events:
 * {@code GLOBALEVENTID} is the external key (source {@code gdelt}), {@code SQLDATE} the day,
 * {@code EventRootCode} the type ({@link CameoRoot}), {@code Actor1Name} the initiator and
 * {@code Actor2Name} the target, {@code ActionGeo_FullName} with its latitude and longitude the
 * place, and {@code SOURCEURL} the source.
 */
public final class GdeltRows extends DatasetRows {

    public static final String SOURCE = "gdelt";
    static final int COLUMNS = 61;

    private static final int GLOBALEVENTID = 0;
    private static final int SQLDATE = 1;
    private static final int ACTOR1_CODE = 5;
    private static final int ACTOR1_NAME = 6;
    private static final int ACTOR1_TYPE = 12;
    private static final int ACTOR2_CODE = 15;
    private static final int ACTOR2_NAME = 16;
    private static final int ACTOR2_TYPE = 22;
    private static final int EVENT_ROOT_CODE = 28;
    private static final int ACTION_GEO_TYPE = 51;
    private static final int ACTION_GEO_FULL_NAME = 52;
    private static final int ACTION_GEO_LAT = 56;
    private static final int ACTION_GEO_LONG = 57;
    private static final int DATEADDED = 59;
    private static final int SOURCEURL = 60;

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern URL = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,19}");

    /** CAMEO actor type codes (Actor1Type1Code) as actor kinds; a bare country code is a state. */
    private static final Map<String, ActorKind> KINDS = Map.ofEntries(
            Map.entry("GOV", ActorKind.GOVERNMENT),
            Map.entry("MIL", ActorKind.GOVERNMENT),
            Map.entry("COP", ActorKind.GOVERNMENT),
            Map.entry("JUD", ActorKind.GOVERNMENT),
            Map.entry("LEG", ActorKind.GOVERNMENT),
            Map.entry("SPY", ActorKind.GOVERNMENT),
            Map.entry("REB", ActorKind.ARMED_GROUP),
            Map.entry("INS", ActorKind.ARMED_GROUP),
            Map.entry("SEP", ActorKind.ARMED_GROUP),
            Map.entry("UAF", ActorKind.ARMED_GROUP),
            Map.entry("IGO", ActorKind.INTERNATIONAL_ORGANIZATION),
            Map.entry("NGO", ActorKind.ORGANIZATION),
            Map.entry("NGM", ActorKind.ORGANIZATION),
            Map.entry("MED", ActorKind.ORGANIZATION),
            Map.entry("EDU", ActorKind.ORGANIZATION),
            Map.entry("LAB", ActorKind.ORGANIZATION),
            Map.entry("BUS", ActorKind.COMPANY),
            Map.entry("MNC", ActorKind.COMPANY));

    public GdeltRows(Reader body) {
        super(new DelimitedReader(body, '\t', false, MAX_RECORD_LENGTH));
    }

    @Override
    protected ImportRow row(Record record) {
        List<String> fields = fields(record, COLUMNS, "a GDELT 2.0 event row");
        String id = fields.get(GLOBALEVENTID).strip();
        if (!DIGITS.matcher(id).matches()) {
            throw new RowException("GLOBALEVENTID", "'" + id + "' is not a GDELT event id (digits)");
        }
        String rootCode = fields.get(EVENT_ROOT_CODE).strip();
        CameoRoot root = CameoRoot.of(rootCode)
                .orElseThrow(() ->
                        new RowException("EventRootCode", "'" + rootCode + "' is not a CAMEO root code (01 to 20)"));
        String actor1 = fields.get(ACTOR1_NAME).strip();
        String actor2 = fields.get(ACTOR2_NAME).strip();
        EventDraft draft = new EventDraft()
                .type(root.type())
                .date(day(fields.get(SQLDATE).strip(), "SQLDATE").toString())
                .externalKey(SOURCE, id)
                .actor("Actor1Name", actor1, ActorRole.INITIATOR, kind(fields, ACTOR1_CODE, ACTOR1_TYPE))
                .actor("Actor2Name", actor2, ActorRole.TARGET, kind(fields, ACTOR2_CODE, ACTOR2_TYPE));
        if (!draft.hasActors()) {
            throw new RowException("Actor1Name", "the row names no actor (Actor1Name and Actor2Name are empty)");
        }
        place(draft, fields);
        String url = fields.get(SOURCEURL).strip();
        if (!url.isEmpty()) {
            if (!URL.matcher(url).matches() || url.length() > 2000) {
                throw new RowException("SOURCEURL", "is not an absolute URL");
            }
            draft.source(url, null, addedOn(fields.get(DATEADDED).strip()));
        }
        StringBuilder title = new StringBuilder(root.label()).append(": ");
        title.append(actor1.isEmpty() ? actor2 : actor1);
        if (!actor1.isEmpty() && !actor2.isEmpty()) {
            title.append(" and ").append(actor2);
        }
        if (!draft.place().isEmpty()) {
            title.append(" in ")
                    .append(draft.place().get(draft.place().size() - 1).name());
        }
        return draft.title(title.toString()).row(record.line());
    }

    /**
     * ActionGeo_FullName ("Tripoli, Tarabulus, Libya") read from the country down; the last part
     * is a country (ActionGeo_Type 1), a state (2, 5) or a city (3, 4).
     */
    private static void place(EventDraft draft, List<String> fields) {
        String fullName = fields.get(ACTION_GEO_FULL_NAME).strip();
        if (fullName.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>(List.of(fullName.split(",")));
        Collections.reverse(parts);
        LocationKind leaf = switch (fields.get(ACTION_GEO_TYPE).strip()) {
            case "1" -> LocationKind.COUNTRY;
            case "2", "5" -> LocationKind.REGION;
            default -> LocationKind.CITY;
        };
        for (int i = 0; i < parts.size(); i++) {
            LocationKind kind = i == 0 ? LocationKind.COUNTRY : i == parts.size() - 1 ? leaf : LocationKind.REGION;
            draft.place("ActionGeo_FullName", parts.get(i), kind);
        }
        Double latitude = EventDraft.coordinate("ActionGeo_Lat", fields.get(ACTION_GEO_LAT), 90);
        Double longitude = EventDraft.coordinate("ActionGeo_Long", fields.get(ACTION_GEO_LONG), 180);
        if (latitude != null && longitude != null) {
            draft.coordinates(latitude, longitude);
        }
    }

    private static ActorKind kind(List<String> fields, int codeColumn, int typeColumn) {
        ActorKind kind = KINDS.get(fields.get(typeColumn).strip());
        if (kind != null) {
            return kind;
        }
        return fields.get(codeColumn).strip().length() == 3 ? ActorKind.STATE : ActorKind.OTHER;
    }

    private static LocalDate day(String text, String field) {
        try {
            return LocalDate.parse(text, DAY);
        } catch (DateTimeParseException e) {
            throw new RowException(field, "'" + text + "' is not a date in the form YYYYMMDD");
        }
    }

    /** DATEADDED (YYYYMMDDHHMMSS) as the day the source was seen; none when unreadable. */
    private static LocalDate addedOn(String text) {
        if (text.length() < 8) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 8), DAY);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
