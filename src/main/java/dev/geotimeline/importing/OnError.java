package dev.geotimeline.importing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What an import does when a row is invalid.")
public enum OnError {
    /** Store nothing and report every bad row (all or nothing). */
    REJECT,
    /** Store the good rows and report the bad ones. */
    SKIP
}
