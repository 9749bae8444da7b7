package dev.geotimeline.event;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.postgresql.PGConnection;

/**
 * Keeps {@code event_date_count}, the number of events per (type, precision, first day, last day),
 * and per date over every type ({@link #ANY_TYPE}), in step with the event table, so that a histogram
 * over all events (or over types and dates only) sums a few thousand counts instead of reading a
 * million events.
 *
 * <p>Writes record their changes during the transaction; the sums are written once, just before it
 * commits. The count rows are then locked only while the transaction commits, not while a long import
 * runs, and a transaction that rolls back writes nothing. Keys are written in one order, so two
 * transactions cannot deadlock on them.
 */
@ApplicationScoped
public class EventDateCounts {

    /** The key of a count row. */
    record DateKey(String type, String precision, LocalDate earliest, LocalDate latest) {

        static final Comparator<DateKey> ORDER = Comparator.comparing(DateKey::type)
                .thenComparing(DateKey::precision)
                .thenComparing(DateKey::earliest)
                .thenComparing(DateKey::latest);

        /** The same date, counted over every type. */
        DateKey ofAnyType() {
            return new DateKey(ANY_TYPE, precision, earliest, latest);
        }

        static DateKey of(Event event) {
            return new DateKey(event.type.name(), event.datePrecision.name(), event.dateEarliest, event.dateLatest);
        }
    }

    /**
     * The type of the rows that count every type: a histogram over all events reads one row per date
     * instead of one per type and date.
     */
    public static final String ANY_TYPE = "*";

    private static final Object CHANGES = EventDateCounts.class.getName() + ".changes";
    private static final int ATTEMPTS = 3;
    private static final String UPSERT_POSTGRESQL = """
            insert into event_date_count (event_type, date_precision, date_earliest, date_latest, event_count)
            select * from unnest(?::varchar[], ?::varchar[], ?::varchar[]::date[], ?::varchar[]::date[], ?::bigint[])
            on conflict (event_type, date_precision, date_earliest, date_latest)
            do update set event_count = event_date_count.event_count + excluded.event_count""";
    private static final String MERGE_H2 = """
            merge into event_date_count c
            using (values (cast(? as varchar(16)), cast(? as varchar(8)), cast(? as date), cast(? as date),
                           cast(? as bigint)))
                as v(event_type, date_precision, date_earliest, date_latest, delta)
            on c.event_type = v.event_type and c.date_precision = v.date_precision
                and c.date_earliest = v.date_earliest and c.date_latest = v.date_latest
            when matched then update set event_count = c.event_count + v.delta
            when not matched then insert values (v.event_type, v.date_precision, v.date_earliest, v.date_latest,
                v.delta)""";

    private final TransactionSynchronizationRegistry transactions;
    private final AgroalDataSource dataSource;

    EventDateCounts(TransactionSynchronizationRegistry transactions, AgroalDataSource dataSource) {
        this.transactions = transactions;
        this.dataSource = dataSource;
    }

    void added(Event event) {
        change(DateKey.of(event), 1);
    }

    void removed(Event event) {
        change(DateKey.of(event), -1);
    }

    /** The event was counted under {@code before} and is now stored as it is. */
    void moved(DateKey before, Event event) {
        DateKey after = DateKey.of(event);
        if (!after.equals(before)) {
            change(before, -1);
            change(after, 1);
        }
    }

    private void change(DateKey key, long delta) {
        Map<DateKey, Long> changes = changes();
        changes.merge(key, delta, Long::sum);
        changes.merge(key.ofAnyType(), delta, Long::sum);
    }

    @SuppressWarnings("unchecked")
    private Map<DateKey, Long> changes() {
        Map<DateKey, Long> changes = (Map<DateKey, Long>) transactions.getResource(CHANGES);
        if (changes == null) {
            Map<DateKey, Long> created = new TreeMap<>(DateKey.ORDER);
            transactions.putResource(CHANGES, created);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
                        write(created);
                    }
                }

                @Override
                public void afterCompletion(int status) {}
            });
            changes = created;
        }
        return changes;
    }

    private void write(Map<DateKey, Long> changes) {
        changes.values().removeIf(delta -> delta == 0);
        if (changes.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (connection.getAutoCommit()) {
                // The pool hands out the transaction's own connection; anything else would commit the counts alone.
                throw new SQLException("not the connection of the event's transaction");
            }
            if (connection.isWrapperFor(PGConnection.class)) {
                upsert(connection, changes);
            } else {
                merge(connection, changes);
            }
        } catch (SQLException e) {
            // Thrown from beforeCompletion, this rolls the transaction back: no event goes uncounted.
            throw new IllegalStateException("event counts per date not written", e);
        }
    }

    /** One statement: concurrent transactions that add the same new key wait for each other, then add. */
    private static void upsert(Connection connection, Map<DateKey, Long> changes) throws SQLException {
        List<DateKey> keys = List.copyOf(changes.keySet());
        try (PreparedStatement statement = connection.prepareStatement(UPSERT_POSTGRESQL)) {
            statement.setArray(1, connection.createArrayOf("varchar", column(keys, DateKey::type)));
            statement.setArray(2, connection.createArrayOf("varchar", column(keys, DateKey::precision)));
            statement.setArray(3, connection.createArrayOf("varchar", column(keys, DateKey::earliest)));
            statement.setArray(4, connection.createArrayOf("varchar", column(keys, DateKey::latest)));
            statement.setArray(
                    5,
                    connection.createArrayOf(
                            "bigint", keys.stream().map(changes::get).toArray()));
            statement.executeUpdate();
        }
    }

    /**
     * Key by key. H2's MERGE does not wait for a key that another transaction is adding: it fails on the
     * duplicate once that one commits, and the statement, run again, then finds the row and adds to it.
     */
    private static void merge(Connection connection, Map<DateKey, Long> changes) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(MERGE_H2)) {
            for (Map.Entry<DateKey, Long> change : changes.entrySet()) {
                DateKey key = change.getKey();
                statement.setString(1, key.type());
                statement.setString(2, key.precision());
                statement.setObject(3, key.earliest(), Types.DATE);
                statement.setObject(4, key.latest(), Types.DATE);
                statement.setLong(5, change.getValue());
                for (int attempt = 1; ; attempt++) {
                    try {
                        statement.executeUpdate();
                        break;
                    } catch (SQLException e) {
                        if (attempt == ATTEMPTS || !isLostRace(e)) {
                            throw e;
                        }
                    }
                }
            }
        }
    }

    private static boolean isLostRace(SQLException e) {
        return "23505".equals(e.getSQLState()) || e.getErrorCode() == 90131;
    }

    private static String[] column(List<DateKey> keys, Function<DateKey, ?> value) {
        return keys.stream().map(key -> value.apply(key).toString()).toArray(String[]::new);
    }
}
