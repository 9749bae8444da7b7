package dev.geotimeline.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The small ACLED- and GDELT-layout files the tests import (invented data, written for these
 * tests), made unique per test: each event id gets the test's prefix and each summary its word,
 * so that tests sharing a database never meet.
 */
final class DatasetFiles {

    private DatasetFiles() {}

    /** The ACLED sample with event ids {@code <prefix>1}… and the word in every note. */
    static String acled(String prefix, String word) {
        return resource("acled-sample.csv")
                .replace("ACL", prefix)
                .replace("Invented for tests", "Invented for tests " + word);
    }

    /** The GDELT sample with GLOBALEVENTIDs starting with {@code digits} instead of 91000000. */
    static String gdelt(String digits) {
        return resource("gdelt-sample.tsv").replace("91000000", digits);
    }

    private static String resource(String name) {
        try (InputStream in = DatasetFiles.class.getResourceAsStream("/datasets/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
