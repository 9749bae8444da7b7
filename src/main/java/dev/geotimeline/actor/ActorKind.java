package dev.geotimeline.actor;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What kind of actor this is.")
public enum ActorKind {
    PERSON,
    STATE,
    GOVERNMENT,
    ORGANIZATION,
    INTERNATIONAL_ORGANIZATION,
    ARMED_GROUP,
    COMPANY,
    OTHER
}
