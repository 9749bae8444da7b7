package dev.geotimeline.paging;

import dev.geotimeline.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque keyset position: the sort key and id of the last item of a page.
 * Clients pass it back unchanged; its format may change between versions.
 */
public record Cursor(long sortKey, long id) {

    private static final String PREFIX = "v1:";

    public String encode() {
        String raw = PREFIX + sortKey + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor from the query parameter {@code field}; null when absent. */
    public static Cursor decode(String field, String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded.strip()), StandardCharsets.UTF_8);
            if (!raw.startsWith(PREFIX)) {
                throw invalid(field);
            }
            String[] parts = raw.substring(PREFIX.length()).split(":");
            if (parts.length != 2) {
                throw invalid(field);
            }
            return new Cursor(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
        } catch (IllegalArgumentException e) {
            throw invalid(field);
        }
    }

    private static ProblemException invalid(String field) {
        return ProblemException.badRequest(
                field, "not a cursor issued by this service; use the 'next' value of a previous page");
    }
}
