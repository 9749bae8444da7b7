package dev.geotimeline.importing.gdelt;

import dev.geotimeline.event.EventType;
import java.util.Optional;

/**
 * The twenty CAMEO root codes of GDELT's EventRootCode and the PLOVER type each becomes (the
 * table in the README and the OpenAPI description). PLOVER has no category for public statements
 * (01); they are stored as CONSULT.
 */
enum CameoRoot {
    MAKE_PUBLIC_STATEMENT("01", "Public statement", EventType.CONSULT),
    APPEAL("02", "Appeal", EventType.REQUEST),
    EXPRESS_INTENT_TO_COOPERATE("03", "Intent to cooperate", EventType.COOPERATE),
    CONSULT("04", "Consultation", EventType.CONSULT),
    DIPLOMATIC_COOPERATION("05", "Diplomatic cooperation", EventType.COOPERATE),
    MATERIAL_COOPERATION("06", "Material cooperation", EventType.COOPERATE),
    PROVIDE_AID("07", "Aid", EventType.AID),
    YIELD("08", "Concession", EventType.CONCEDE),
    INVESTIGATE("09", "Investigation", EventType.ACCUSE),
    DEMAND("10", "Demand", EventType.REQUEST),
    DISAPPROVE("11", "Disapproval", EventType.ACCUSE),
    REJECT("12", "Rejection", EventType.REJECT),
    THREATEN("13", "Threat", EventType.THREATEN),
    PROTEST("14", "Protest", EventType.PROTEST),
    EXHIBIT_FORCE_POSTURE("15", "Show of force", EventType.MOBILIZE),
    REDUCE_RELATIONS("16", "Reduced relations", EventType.SANCTION),
    COERCE("17", "Coercion", EventType.COERCE),
    ASSAULT("18", "Assault", EventType.ASSAULT),
    FIGHT("19", "Fighting", EventType.ASSAULT),
    MASS_VIOLENCE("20", "Mass violence", EventType.ASSAULT);

    private final String code;
    private final String label;
    private final EventType type;

    CameoRoot(String code, String label, EventType type) {
        this.code = code;
        this.label = label;
        this.type = type;
    }

    static Optional<CameoRoot> of(String code) {
        String twoDigits = code.length() == 1 ? "0" + code : code;
        for (CameoRoot root : values()) {
            if (root.code.equals(twoDigits)) {
                return Optional.of(root);
            }
        }
        return Optional.empty();
    }

    String label() {
        return label;
    }

    EventType type() {
        return type;
    }
}
