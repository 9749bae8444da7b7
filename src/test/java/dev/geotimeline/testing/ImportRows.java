package dev.geotimeline.testing;

import static dev.geotimeline.testing.Tokens.asEditor;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Events sent through the JSON bulk import, each with an external key of its own. */
public final class ImportRows {

    private ImportRows() {}

    /** The event object (JSON) with {@code "externalKey":{"source":source,"id":id}} added. */
    public static String keyed(String event, String source, String id) {
        return event.substring(0, event.length() - 1)
                + ",\"externalKey\":{\"source\":\"%s\",\"id\":\"%s\"}}".formatted(source, id);
    }

    /** Imports {@code count} events made by {@code event}, keyed 0, 1, 2… under {@code source}; expects 200. */
    public static void importKeyed(int count, String source, IntFunction<String> event) {
        List<String> rows = IntStream.range(0, count)
                .mapToObj(i -> keyed(event.apply(i), source, String.valueOf(i)))
                .toList();
        asEditor()
                .contentType(ContentType.JSON)
                .body(rows.stream().collect(Collectors.joining(",", "[", "]")))
                .post("/api/v1/events/import")
                .then()
                .statusCode(200);
    }
}
