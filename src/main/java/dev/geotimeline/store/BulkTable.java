package dev.geotimeline.store;

import java.util.List;
import java.util.function.Function;

/**
 * A table that rows are bulk-inserted into: its name, its columns, and each row's values in column
 * order. The values are {@code String}, {@code Long}, {@code Integer}, {@code Boolean},
 * {@code LocalDate}, {@code Instant} or {@code null}. Declared once, written by {@link BulkInsert}
 * with whatever the engine loads fastest.
 */
public record BulkTable<R>(String name, List<String> columns, Function<R, Object[]> values) {

    public BulkTable {
        columns = List.copyOf(columns);
    }

    String columnList() {
        return String.join(", ", columns);
    }
}
