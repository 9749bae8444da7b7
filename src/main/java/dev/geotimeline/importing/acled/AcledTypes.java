package dev.geotimeline.importing.acled;

import static dev.geotimeline.event.EventType.AGREE;
import static dev.geotimeline.event.EventType.ASSAULT;
import static dev.geotimeline.event.EventType.COERCE;
import static dev.geotimeline.event.EventType.MOBILIZE;
import static dev.geotimeline.event.EventType.PROTEST;
import static dev.geotimeline.event.EventType.RETREAT;

import dev.geotimeline.event.EventType;
import dev.geotimeline.text.NameKeys;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * ACLED's event types and sub-event types as PLOVER event types (the table in the README and the
 * OpenAPI description). Names match ignoring case and punctuation; a sub-event type this table
 * does not list takes its event type's default, an event type it does not list is an error.
 */
final class AcledTypes {

    /** The default of an event type, for sub-event types not listed. */
    private static final String ANY = "*";

    private static final Object[][] TABLE = {
        {"Battles", "Armed clash", ASSAULT},
        {"Battles", "Government regains territory", ASSAULT},
        {"Battles", "Non-state actor overtakes territory", ASSAULT},
        {"Battles", ANY, ASSAULT},
        {"Explosions/Remote violence", "Chemical weapon", ASSAULT},
        {"Explosions/Remote violence", "Air/drone strike", ASSAULT},
        {"Explosions/Remote violence", "Suicide bomb", ASSAULT},
        {"Explosions/Remote violence", "Shelling/artillery/missile attack", ASSAULT},
        {"Explosions/Remote violence", "Remote explosive/landmine/IED", ASSAULT},
        {"Explosions/Remote violence", "Grenade", ASSAULT},
        {"Explosions/Remote violence", ANY, ASSAULT},
        {"Violence against civilians", "Sexual violence", ASSAULT},
        {"Violence against civilians", "Attack", ASSAULT},
        {"Violence against civilians", "Abduction/forced disappearance", COERCE},
        {"Violence against civilians", ANY, ASSAULT},
        {"Protests", "Peaceful protest", PROTEST},
        {"Protests", "Protest with intervention", PROTEST},
        {"Protests", "Excessive force against protesters", COERCE},
        {"Protests", ANY, PROTEST},
        {"Riots", "Violent demonstration", PROTEST},
        {"Riots", "Mob violence", ASSAULT},
        {"Riots", ANY, PROTEST},
        {"Strategic developments", "Agreement", AGREE},
        {"Strategic developments", "Arrests", COERCE},
        {"Strategic developments", "Change to group/activity", MOBILIZE},
        {"Strategic developments", "Disrupted weapons use", COERCE},
        {"Strategic developments", "Headquarters or base established", MOBILIZE},
        {"Strategic developments", "Looting/property destruction", COERCE},
        {"Strategic developments", "Non-violent transfer of territory", RETREAT},
        {"Strategic developments", "Other", MOBILIZE},
        {"Strategic developments", ANY, MOBILIZE}
    };

    private static final Map<String, EventType> TYPES = new HashMap<>();

    static {
        for (Object[] row : TABLE) {
            TYPES.put(key((String) row[0], (String) row[1]), (EventType) row[2]);
        }
    }

    private AcledTypes() {}

    /** The PLOVER type of an ACLED event; empty when the event type is unknown. */
    static Optional<EventType> of(String eventType, String subEventType) {
        EventType exact = TYPES.get(key(eventType, subEventType));
        return Optional.ofNullable(exact != null ? exact : TYPES.get(key(eventType, ANY)));
    }

    private static String key(String eventType, String subEventType) {
        return NameKeys.key(eventType) + "|" + (ANY.equals(subEventType) ? ANY : NameKeys.key(subEventType));
    }
}
