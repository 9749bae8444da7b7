package dev.geotimeline.importing;

import dev.geotimeline.actor.ActorKind;
import dev.geotimeline.event.ActorRole;
import dev.geotimeline.event.EventRequest;
import dev.geotimeline.event.EventRequest.ExternalKey;
import dev.geotimeline.event.EventRequest.Participation;
import dev.geotimeline.event.EventRequest.SourceRequest;
import dev.geotimeline.event.EventType;
import dev.geotimeline.importing.DatasetNames.Level;
import dev.geotimeline.importing.DatasetNames.NewActor;
import dev.geotimeline.location.LocationKind;
import dev.geotimeline.text.NameKeys;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An event being read from a row of a dataset file, with the actors and places to create when
 * missing. Texts longer than the API allows are shortened; a name that cannot be stored (too
 * long, no letter or digit) is a {@link RowException} naming its column.
 */
public final class EventDraft {

    private static final int MAX_TITLE = 300;
    private static final int MAX_SUMMARY = 5000;
    private static final int MAX_PUBLISHER = 200;
    private static final int MAX_NAME = 200;
    private static final int MAX_ACTORS = 20;

    private String title;
    private String summary;
    private EventType type;
    private String date;
    private final List<Participation> actors = new ArrayList<>();
    private final Set<String> actorKeys = new HashSet<>();
    private final List<NewActor> newActors = new ArrayList<>();
    private final List<Level> place = new ArrayList<>();
    private Double latitude;
    private Double longitude;
    private final List<SourceRequest> sources = new ArrayList<>();
    private ExternalKey externalKey;

    public EventDraft title(String text) {
        title = shorten(text.strip(), MAX_TITLE);
        return this;
    }

    public EventDraft summary(String text) {
        summary = text == null || text.isBlank() ? null : shorten(text.strip(), MAX_SUMMARY);
        return this;
    }

    public EventDraft type(EventType eventType) {
        type = eventType;
        return this;
    }

    /** The date as EDTF. */
    public EventDraft date(String edtf) {
        date = edtf;
        return this;
    }

    /** An actor by name (ignored when blank or already taking part), created with {@code kind} if new. */
    public EventDraft actor(String field, String name, ActorRole role, ActorKind kind) {
        String checked = name(field, name);
        if (checked == null || actors.size() == MAX_ACTORS || !actorKeys.add(NameKeys.key(checked))) {
            return this;
        }
        actors.add(new Participation(checked, role));
        newActors.add(new NewActor(checked, kind));
        return this;
    }

    /** The next level of the event's place, below the ones given before (ignored when blank). */
    public EventDraft place(String field, String name, LocationKind kind) {
        String checked = name(field, name);
        if (checked != null) {
            place.add(new Level(checked, kind));
        }
        return this;
    }

    public EventDraft coordinates(Double lat, Double lon) {
        latitude = lat;
        longitude = lon;
        return this;
    }

    public EventDraft source(String url, String publisher, LocalDate publishedOn) {
        String shortPublisher =
                publisher == null || publisher.isBlank() ? null : shorten(publisher.strip(), MAX_PUBLISHER);
        sources.add(new SourceRequest(url, shortPublisher, publishedOn, null));
        return this;
    }

    public EventDraft externalKey(String source, String id) {
        externalKey = new ExternalKey(source, id);
        return this;
    }

    public boolean hasActors() {
        return !actors.isEmpty();
    }

    public List<Level> place() {
        return place;
    }

    public ImportRow row(int line) {
        EventRequest event = new EventRequest(
                title,
                summary,
                type,
                date,
                null,
                null,
                null,
                null,
                List.copyOf(actors),
                null,
                List.copyOf(sources),
                null,
                externalKey);
        return new ImportRow(
                line, event, null, new DatasetNames(List.copyOf(place), latitude, longitude, List.copyOf(newActors)));
    }

    /** A coordinate within ±{@code bound}, or null when blank. */
    public static Double coordinate(String field, String text, double bound) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.strip());
            if (Double.isFinite(value) && Math.abs(value) <= bound) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new RowException(
                field,
                "'" + shorten(text.strip(), 40) + "' is not a number between -" + (int) bound + " and " + (int) bound);
    }

    private static String name(String field, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String stripped = name.strip();
        if (stripped.length() > MAX_NAME) {
            throw new RowException(field, "the name is longer than " + MAX_NAME + " characters");
        }
        if (NameKeys.slug(stripped).isEmpty() || NameKeys.key(stripped).isEmpty()) {
            throw new RowException(field, "'" + stripped + "' has no letter or digit");
        }
        return stripped;
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
