package dev.geotimeline.importing.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.geotimeline.event.EventRequest;
import dev.geotimeline.importing.ImportRow;
import dev.geotimeline.importing.RowIterator;
import dev.geotimeline.problem.FieldError;
import dev.geotimeline.web.JsonBindingErrors;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads NDJSON one line at a time, so an import never holds the whole body in memory. */
final class NdjsonRows extends RowIterator {

    private static final int MAX_LINE_LENGTH = 1_000_000;

    private final BufferedReader reader;
    private final ObjectReader json;
    private int lineNumber;

    NdjsonRows(BufferedReader reader, ObjectReader json) {
        this.reader = reader;
        this.json = json;
    }

    @Override
    protected ImportRow readNext() {
        try {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (!line.isBlank()) {
                    return parse(line);
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportRow parse(String line) {
        if (line.length() > MAX_LINE_LENGTH) {
            return new ImportRow(
                    lineNumber, null, new FieldError("body", "line longer than " + MAX_LINE_LENGTH + " characters"));
        }
        try {
            return new ImportRow(lineNumber, json.readValue(line));
        } catch (JsonProcessingException e) {
            return new ImportRow(lineNumber, null, JsonBindingErrors.describe(e));
        }
    }

    static ObjectReader readerFor(com.fasterxml.jackson.databind.ObjectMapper mapper) {
        return mapper.readerFor(EventRequest.class);
    }
}
