package dev.geotimeline.location;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What kind of place this is.")
public enum LocationKind {
    COUNTRY,
    REGION,
    CITY,
    MILITARY_BASE,
    NAVAL_BASE,
    PORT,
    SITE,
    OTHER
}
