package dev.geotimeline.extraction;

import dev.geotimeline.event.EventRequest.ExternalKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The external key of an accepted candidate: the report's URL (hashed) and the evidence's offsets. */
public final class ExtractionKeys {

    public static final String SOURCE = "extraction";

    private ExtractionKeys() {}

    public static ExternalKey of(String url, int start, int end) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(url.strip().getBytes(StandardCharsets.UTF_8));
            return new ExternalKey(SOURCE, HexFormat.of().formatHex(digest, 0, 12) + ":" + start + "-" + end);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
