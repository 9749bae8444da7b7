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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.postgresql.PGConnection;

/**
 * Keeps the number of events per date (precision, first day, last day) and per type, actor, place, and
 * place with everything inside it ({@link CountedBy}), in step with the events, so that a histogram of all
 * events, or of one actor or one place, sums at most one row per date instead of reading every event.
 *
 * <p>Writes record their changes during the transaction; the sums are written once, just before it
 * commits. The count rows are then locked only while the transaction commits, not while a long import
 * runs, and a transaction that rolls back writes nothing. Keys are written in one order, so two
 * transactions cannot deadlock on them.
 */
@ApplicationScoped
public class EventDateCounts {

    /** The type of the rows that count every type: a histogram of all events reads one row per date. */
    public static final String ANY_TYPE = "*";

    /** What events are counted by besides their date: one count table each, named after the link it counts. */
    public enum CountedBy {
        TYPE("event_date_count", "event_type", "varchar(16)", "varchar"),
        ACTOR("event_actor_date_count", "actor_id", "bigint", "bigint"),
        LOCATION("event_location_date_count", "location_id", "bigint", "bigint"),
        LOCATION_SCOPE("event_location_scope_date_count", "location_id", "bigint", "bigint");

        private final String table;
        private final String column;
        private final String upsertPostgresql;
        private final String mergeH2;

        CountedBy(String table, String column, String columnType, String elementType) {
            this.table = table;
            this.column = column;
            this.upsertPostgresql = """
                    insert into %1$s (%2$s, date_precision, date_earliest, date_latest, event_count)
                    select * from unnest(?::varchar[]::%3$s[], ?::varchar[], ?::varchar[]::date[],
                                         ?::varchar[]::date[], ?::bigint[])
                    on conflict (%2$s, date_precision, date_earliest, date_latest)
                    do update set event_count = %1$s.event_count + excluded.event_count""".formatted(table, column, elementType);
            this.mergeH2 = """
                    merge into %1$s c
                    using (values (cast(? as %3$s), cast(? as varchar(8)), cast(? as date), cast(? as date),
                                   cast(? as bigint)))
                        as v(subject, date_precision, date_earliest, date_latest, delta)
                    on c.%2$s = v.subject and c.date_precision = v.date_precision
                        and c.date_earliest = v.date_earliest and c.date_latest = v.date_latest
                    when matched then update set event_count = c.event_count + v.delta
                    when not matched then insert values (v.subject, v.date_precision, v.date_earliest,
                        v.date_latest, v.delta)""".formatted(table, column, columnType);
        }

        public String table() {
            return table;
        }

        public String column() {
            return column;
        }
    }

    /** The key of a count row: the subject is a type name or an actor's or place's id. */
    record DateKey(CountedBy by, String subject, String precision, LocalDate earliest, LocalDate latest) {

        /** Written out field by field: an import sorts a few hundred thousand keys per request. */
        static final Comparator<DateKey> ORDER = (a, b) -> {
            int order = a.by.compareTo(b.by);
            if (order == 0) {
                order = a.subject.compareTo(b.subject);
            }
            if (order == 0) {
                order = a.precision.compareTo(b.precision);
            }
            if (order == 0) {
                order = a.earliest.compareTo(b.earliest);
            }
            return order != 0 ? order : a.latest.compareTo(b.latest);
        };
    }

    /** The count rows an event adds one to, as it was when read: see {@link #counted(Event)}. */
    public static final class Counted {
        private final List<DateKey> keys;

        private Counted(List<DateKey> keys) {
            this.keys = keys;
        }
    }

    private static final Object CHANGES = EventDateCounts.class.getName() + ".changes";
    private static final int ATTEMPTS = 3;

    private final TransactionSynchronizationRegistry transactions;
    private final AgroalDataSource dataSource;

    EventDateCounts(TransactionSynchronizationRegistry transactions, AgroalDataSource dataSource) {
        this.transactions = transactions;
        this.dataSource = dataSource;
    }

    /** Where the event is counted now; taken before a change, so that the change can move it. */
    Counted counted(Event event) {
        Set<DateKey> keys = new LinkedHashSet<>();
        keys.add(key(CountedBy.TYPE, event.type.name(), event));
        keys.add(key(CountedBy.TYPE, ANY_TYPE, event));
        event.actors.forEach(link -> keys.add(key(CountedBy.ACTOR, link.actorId, event)));
        event.locations.forEach(link -> keys.add(key(CountedBy.LOCATION, link.locationId, event)));
        event.locationScope.forEach(link -> keys.add(key(CountedBy.LOCATION_SCOPE, link.locationId, event)));
        return new Counted(List.copyOf(keys));
    }

    private static DateKey key(CountedBy by, Object subject, Event event) {
        return new DateKey(by, subject.toString(), event.datePrecision.name(), event.dateEarliest, event.dateLatest);
    }

    void added(Event event) {
        change(counted(event), 1);
    }

    void removed(Counted counted) {
        change(counted, -1);
    }

    /** The event was counted as {@code before} and is now stored as it is. */
    void moved(Counted before, Event event) {
        change(before, -1);
        change(counted(event), 1);
    }

    private void change(Counted counted, long delta) {
        Map<DateKey, Long> changes = changes();
        counted.keys.forEach(key -> changes.merge(key, delta, Long::sum));
    }

    @SuppressWarnings("unchecked")
    private Map<DateKey, Long> changes() {
        Map<DateKey, Long> changes = (Map<DateKey, Long>) transactions.getResource(CHANGES);
        if (changes == null) {
            // Summed by hash while the transaction runs; put in key order once, when written.
            Map<DateKey, Long> created = new HashMap<>();
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
            boolean postgresql = connection.isWrapperFor(PGConnection.class);
            for (Map.Entry<CountedBy, Map<DateKey, Long>> table :
                    byTable(changes).entrySet()) {
                if (postgresql) {
                    upsert(connection, table.getKey(), table.getValue());
                } else {
                    merge(connection, table.getKey(), table.getValue());
                }
            }
        } catch (SQLException e) {
            // Thrown from beforeCompletion, this rolls the transaction back: no event goes uncounted.
            throw new IllegalStateException("event counts per date not written", e);
        }
    }

    private static Map<CountedBy, Map<DateKey, Long>> byTable(Map<DateKey, Long> changes) {
        Map<CountedBy, Map<DateKey, Long>> tables = new EnumMap<>(CountedBy.class);
        changes.forEach((key, delta) -> tables.computeIfAbsent(key.by(), by -> new TreeMap<>(DateKey.ORDER))
                .put(key, delta));
        return tables;
    }

    /** One statement: concurrent transactions that add the same new key wait for each other, then add. */
    private static void upsert(Connection connection, CountedBy by, Map<DateKey, Long> changes) throws SQLException {
        List<DateKey> keys = new ArrayList<>(changes.keySet());
        try (PreparedStatement statement = connection.prepareStatement(by.upsertPostgresql)) {
            statement.setArray(1, connection.createArrayOf("varchar", column(keys, DateKey::subject)));
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
    private static void merge(Connection connection, CountedBy by, Map<DateKey, Long> changes) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(by.mergeH2)) {
            for (Map.Entry<DateKey, Long> change : changes.entrySet()) {
                DateKey key = change.getKey();
                statement.setString(1, key.subject());
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
