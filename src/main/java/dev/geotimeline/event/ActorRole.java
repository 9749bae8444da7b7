package dev.geotimeline.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How an actor takes part in an event: who acts, who is acted upon, who else is involved.")
public enum ActorRole {
    INITIATOR,
    TARGET,
    PARTICIPANT
}
