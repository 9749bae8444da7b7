package dev.geotimeline.importing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What an import does with an event whose external key is already stored.")
public enum ImportMode {
    /** Update the stored event when the row differs from it. */
    UPDATE,
    /** Keep the stored event as it is (used for demo data: users' edits are never overwritten). */
    SKIP
}
