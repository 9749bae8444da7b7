package dev.geotimeline.importing.rest;

import dev.geotimeline.problem.ProblemException;
import dev.geotimeline.web.QueryParameters;
import java.util.Locale;

/** The layouts an import body can have: chosen by the format parameter, else by the Content-Type. */
enum ImportFormat {
    JSON,
    NDJSON,
    ACLED,
    GDELT;

    static final String CSV = "text/csv";
    static final String TSV = "text/tab-separated-values";

    static ImportFormat of(String format, String contentType) {
        ImportFormat named = QueryParameters.enumValue(ImportFormat.class, "format", format, null);
        if (named != null) {
            return named;
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith(CSV)) {
            return ACLED;
        }
        if (type.startsWith(TSV)) {
            return GDELT;
        }
        if (type.startsWith(ImportResource.NDJSON)) {
            return NDJSON;
        }
        throw ProblemException.badRequest(
                "format",
                "say which layout the body has: format=acled, gdelt, json or ndjson (or send text/csv for ACLED, "
                        + "text/tab-separated-values for GDELT)");
    }
}
