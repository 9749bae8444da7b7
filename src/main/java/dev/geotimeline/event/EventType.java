package dev.geotimeline.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The controlled vocabulary of event types: the sixteen root categories of
 * PLOVER (the successor of the CAMEO coding scheme used by event datasets).
 */
@Schema(description = "PLOVER event category. GET /api/v1/event-types describes each one.")
public enum EventType {
    AGREE("Agree to, or sign, an agreement, settlement or promise"),
    CONSULT("Meet, talk, visit or hold a call; includes official delegations"),
    SUPPORT("Express support, praise or approval; endorse"),
    CONCEDE("Yield, ease restrictions, release, apologise or accept demands"),
    COOPERATE("Cooperate diplomatically, economically or militarily; offer cooperation"),
    AID("Provide economic, military or humanitarian aid, including asylum"),
    RETREAT("Withdraw forces, demobilise or leave a place or agreement"),
    REQUEST("Ask for aid, cooperation, action or a meeting"),
    ACCUSE("Criticise, accuse, denounce or blame"),
    REJECT("Refuse a request, proposal or demand; veto"),
    THREATEN("Threaten force, sanctions or other action"),
    PROTEST("Demonstrate, strike, boycott or riot"),
    SANCTION("Cut ties, end a contract or agreement, impose embargoes or sanctions"),
    MOBILIZE("Deploy, reposition or put forces on alert"),
    COERCE("Arrest, seize, repress, expel or restrict"),
    ASSAULT("Use of armed force: strikes, fighting, attacks");

    private final String description;

    EventType(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
