package dev.geotimeline.store;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Inserts many rows into one table on the caller's connection, inside its transaction. On
 * PostgreSQL the rows go through {@code COPY … FROM STDIN}, which parses and plans nothing per
 * row; elsewhere (H2) through one batched prepared insert.
 */
public final class BulkInsert {

    private BulkInsert() {}

    public static <R> void insert(Connection connection, BulkTable<R> table, List<R> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        if (connection.isWrapperFor(PGConnection.class)) {
            copy(connection.unwrap(PGConnection.class), table, rows);
        } else {
            batch(connection, table, rows);
        }
    }

    private static <R> void batch(Connection connection, BulkTable<R> table, List<R> rows) throws SQLException {
        String sql = "insert into " + table.name() + " (" + table.columnList() + ") values ("
                + String.join(", ", Collections.nCopies(table.columns().size(), "?")) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (R row : rows) {
                Object[] values = table.values().apply(row);
                for (int i = 0; i < values.length; i++) {
                    bind(insert, i + 1, values[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void bind(PreparedStatement insert, int index, Object value) throws SQLException {
        if (value == null) {
            insert.setNull(index, Types.NULL);
        } else if (value instanceof LocalDate date) {
            insert.setObject(index, date, Types.DATE);
        } else if (value instanceof Instant instant) {
            insert.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            insert.setObject(index, value);
        }
    }

    private static <R> void copy(PGConnection connection, BulkTable<R> table, List<R> rows) throws SQLException {
        StringBuilder text = new StringBuilder(rows.size() * 64);
        for (R row : rows) {
            Object[] values = table.values().apply(row);
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                appendCopyText(text, values[i]);
            }
            text.append('\n');
        }
        String sql = "copy " + table.name() + " (" + table.columnList() + ") from stdin";
        try {
            connection.getCopyAPI().copyIn(sql, new StringReader(text.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY into " + table.name() + " failed", e);
        }
    }

    /** One value in COPY's text format: {@code \N} is null; backslash and line breaks are escaped. */
    static void appendCopyText(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof Boolean bool) {
            text.append(bool ? 't' : 'f');
        } else if (value instanceof String string) {
            escape(text, string);
        } else {
            text.append(value);
        }
    }

    private static void escape(StringBuilder text, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> text.append(c);
            }
        }
    }
}
