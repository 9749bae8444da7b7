package dev.geotimeline.export;

import java.util.Locale;

/** The formats a whole timeline can be downloaded in, with their media type and file extension. */
public enum ExportFormat {
    CSV("text/csv", "csv"),
    GEOJSON("application/geo+json", "geojson"),
    TIMELINEJS("application/json", "timelinejs.json"),
    NDJSON("application/x-ndjson", "ndjson");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The media type with its charset, as the Content-Type header gives it. */
    public String contentType() {
        return mediaType + ";charset=UTF-8";
    }

    public String extension() {
        return extension;
    }

    /** The value of the format query parameter. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }
}
