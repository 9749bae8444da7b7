package dev.geotimeline.timeline;

import dev.geotimeline.date.DatePrecision;
import dev.geotimeline.date.EventDate;
import dev.geotimeline.event.EventDateCounts;
import dev.geotimeline.event.EventDateCounts.CountedBy;
import dev.geotimeline.event.EventDocuments;
import dev.geotimeline.event.EventType;
import dev.geotimeline.paging.Cursor;
import dev.geotimeline.store.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one place where timeline SQL is written. Each query walks one index in
 * timeline order, (filter id, sort_key, event_id), starting at the cursor, and
 * checks the other filters per row through primary keys, so a page costs the
 * same however many events are stored: no OFFSET, no sort, no full scan.
 */
@ApplicationScoped
public class TimelineRepository {

    private static final int DRIVER_PROBE_LIMIT = 1000;

    private final EntityManager em;

    public TimelineRepository(EntityManager em) {
        this.em = em;
    }

    /** Ids and sort keys of up to {@code limit + 1} matching events, in timeline order. */
    public List<Cursor> findPage(TimelineQuery query) {
        return select(statementFor(rarestActorFirst(query)), rows -> new Cursor(rows.getLong(2), rows.getLong(1)));
    }

    /**
     * The same rows with each event's stored document ({@link EventDocuments}; null while not rendered), in one
     * statement: the page's index range, then one primary-key fetch per event.
     */
    public List<PageRow> findDocumentPage(TimelineQuery query) {
        return select(
                documentPageStatementFor(rarestActorFirst(query)),
                rows -> new PageRow(new Cursor(rows.getLong(2), rows.getLong(1)), rows.getString(3)));
    }

    /** The page statement wrapped to fetch the documents of its (at most limit + 1) events by primary key. */
    static Statement documentPageStatementFor(TimelineQuery query) {
        Statement page = statementFor(query);
        String direction = query.descending() ? " desc" : " asc";
        return new Statement(
                "select p.id, p.sort_key, e.document from (" + page.sql() + ") p (id, sort_key)"
                        + " join event e on e.id = p.id order by p.sort_key" + direction + ", p.id" + direction,
                page.parameters());
    }

    /** An event of a page: its position in the timeline and its stored document, if any. */
    public record PageRow(Cursor position, String document) {}

    /**
     * How many matching events share each (precision, earliest day, latest day): the database
     * counts, with the same filters as a page but without order, keyset or limit.
     */
    public List<DateCount> countByDate(TimelineQuery query) {
        return select(
                countStatementFor(rarestActorFirst(query)),
                rows -> new DateCount(
                        DatePrecision.valueOf(rows.getString(1)),
                        rows.getObject(2, LocalDate.class),
                        rows.getObject(3, LocalDate.class),
                        rows.getLong(4)));
    }

    /** The number of matching events whose date has this precision and these first and last days. */
    public record DateCount(DatePrecision precision, LocalDate earliest, LocalDate latest, long count) {}

    /**
     * Timeline reads are hot and return plain values: through a native query's result mapping (and
     * {@code java.sql.Date} for dates) they cost more than the database's own work for a page or a country's
     * histogram.
     */
    private <T> List<T> select(Statement statement, Jdbc.RowReader<T> reader) {
        return Jdbc.select(em, statement.sql(), statement.parameters(), reader);
    }

    /**
     * Two actors drive the walk through the pair index and any others are probed for each of its events.
     * With three or more, the two with fewer events drive, counted up to {@link #DRIVER_PROBE_LIMIT} index
     * entries each: beyond that, either walks fast enough.
     */
    private TimelineQuery rarestActorFirst(TimelineQuery query) {
        if (query.actorIds().size() < 3) {
            return query;
        }
        Map<Long, Long> events = new HashMap<>();
        for (Long actor : query.actorIds()) {
            events.put(
                    actor,
                    Jdbc.select(
                                    em,
                                    "select count(*) from (select 1 from event_actor where actor_id = ? fetch first "
                                            + DRIVER_PROBE_LIMIT + " rows only) probe",
                                    List.of(actor),
                                    rows -> rows.getLong(1))
                            .get(0));
        }
        List<Long> rarestFirst = query.actorIds().stream()
                .sorted(Comparator.comparing(events::get))
                .toList();
        return query.withActorIds(rarestFirst);
    }

    /** The SQL and positional parameters of a timeline page (also used to check query plans in tests). */
    record Statement(String sql, List<Object> parameters) {}

    static Statement statementFor(TimelineQuery query) {
        if (drivenByTypesAlone(query) && query.types().size() > 1) {
            return mergedPerType(query);
        }
        SqlBuilder sql = new SqlBuilder();
        Driver driver = filter(query, sql);
        addKeyset(query, sql);
        String direction = query.descending() ? " desc" : " asc";
        // Naming the driver's equality columns first lets H2 see that the index order is the timeline order.
        String prefix = driver.filterColumns().stream()
                .map(column -> "d." + column + direction + ", ")
                .collect(Collectors.joining());
        sql.append(" order by ")
                .append(prefix)
                .append("d.sort_key")
                .append(direction)
                .append(", d.")
                .append(driver.idColumn())
                .append(direction);
        sql.append(" fetch first " + (query.limit() + 1) + " rows only");
        return new Statement(
                sql.selectFrom(driver, "d." + driver.idColumn() + ", d.sort_key"), List.copyOf(sql.parameters));
    }

    private static boolean drivenByTypesAlone(TimelineQuery query) {
        return query.actorIds().isEmpty()
                && query.locationIds().isEmpty()
                && query.terms().isEmpty();
    }

    /**
     * Several types and nothing narrower: one page of each type, each a range of the type's timeline index,
     * merged into one page. One walk of the whole timeline, reading every row's type, would cost as many
     * rows as the other types hold between two matches.
     */
    private static Statement mergedPerType(TimelineQuery query) {
        List<String> pages = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        for (EventType type : query.types()) {
            Statement page = statementFor(query.ofType(type));
            pages.add("(" + page.sql() + ")");
            parameters.addAll(page.parameters());
        }
        String direction = query.descending() ? " desc" : " asc";
        return new Statement(
                "select id, sort_key from (" + String.join(" union all ", pages) + ") pages order by sort_key"
                        + direction + ", id" + direction + " fetch first " + (query.limit() + 1) + " rows only",
                List.copyOf(parameters));
    }

    /** Counts per (precision, earliest, latest) of the events a page query would walk (histogram). */
    static Statement countStatementFor(TimelineQuery query) {
        Statement stored = storedCountStatementFor(query);
        if (stored != null) {
            return stored;
        }
        SqlBuilder sql = new SqlBuilder();
        Driver driver = filter(query, sql);
        String columns = eventColumn(driver, sql, "date_precision") + ", " + eventColumn(driver, sql, "date_earliest")
                + ", " + eventColumn(driver, sql, "date_latest");
        sql.append(" group by " + columns);
        return new Statement(sql.selectFrom(driver, columns + ", count(*)"), List.copyOf(sql.parameters));
    }

    /**
     * The same counts, summed from the counts the write path keeps per date ({@link EventDateCounts}), when
     * one count table holds them: a query by types and dates only, or by one actor or one place and dates
     * only; otherwise null. The date bounds are the page query's: a first day at most
     * {@link EventDate#MAX_SPAN_DAYS} before {@code from}, a last day on or after it.
     */
    private static Statement storedCountStatementFor(TimelineQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        CountedBy countedBy = countedBy(query);
        if (countedBy == null) {
            return null;
        }
        if (countedBy != CountedBy.TYPE) {
            conditions.add(countedBy.column() + " = ?");
            parameters.add(
                    countedBy == CountedBy.ACTOR
                            ? query.actorIds().get(0)
                            : query.locationIds().get(0));
        } else if (query.types().isEmpty()) {
            conditions.add("event_type = ?");
            parameters.add(EventDateCounts.ANY_TYPE);
        } else {
            conditions.add("event_type in (" + placeholders(query.types().size()) + ")");
            query.types().forEach(type -> parameters.add(type.name()));
        }
        if (query.from() != null) {
            conditions.add("date_earliest >= ? and date_latest >= ?");
            parameters.add(query.from().minusDays(EventDate.MAX_SPAN_DAYS));
            parameters.add(query.from());
        }
        if (query.to() != null) {
            conditions.add("date_earliest <= ?");
            parameters.add(query.to());
        }
        String table = countedBy.table() + " where " + String.join(" and ", conditions);
        if (query.types().size() > 1) {
            return new Statement(
                    "select date_precision, date_earliest, date_latest, sum(event_count) from " + table
                            + " group by date_precision, date_earliest, date_latest having sum(event_count) > 0",
                    List.copyOf(parameters));
        }
        // One row per date already: no grouping to do.
        return new Statement(
                "select date_precision, date_earliest, date_latest, event_count from " + table + " and event_count > 0",
                List.copyOf(parameters));
    }

    /** The count table that holds the histogram of this query, or null. */
    private static CountedBy countedBy(TimelineQuery query) {
        if (drivenByTypesAlone(query)) {
            return CountedBy.TYPE;
        }
        if (!query.types().isEmpty() || !query.terms().isEmpty()) {
            return null;
        }
        if (query.actorIds().size() == 1 && query.locationIds().isEmpty()) {
            return CountedBy.ACTOR;
        }
        if (query.locationIds().size() == 1 && query.actorIds().isEmpty()) {
            return query.includeSublocations() ? CountedBy.LOCATION_SCOPE : CountedBy.LOCATION;
        }
        return null;
    }

    private static Driver filter(TimelineQuery query, SqlBuilder sql) {
        Driver driver = chooseDriver(query, sql);
        sql.driverIdColumn = "d." + driver.idColumn();
        addOtherFilters(query, driver, sql);
        addDateRange(query, sql);
        return driver;
    }

    /** The table whose index is walked, its event id column, and the columns fixed by an equality, if any. */
    private record Driver(String table, String idColumn, List<String> filterColumns, int actorsMatched) {

        Driver(String table, String idColumn, String filterColumn) {
            this(table, idColumn, List.of(filterColumn), 0);
        }
    }

    private static Driver chooseDriver(TimelineQuery query, SqlBuilder sql) {
        List<Long> actors = query.actorIds();
        if (actors.size() > 1) {
            long first = actors.get(0);
            long second = actors.get(1);
            sql.where("d.actor_id = ? and d.other_actor_id = ?", Math.min(first, second), Math.max(first, second));
            return new Driver("event_actor_pair", "event_id", List.of("actor_id", "other_actor_id"), 2);
        }
        if (!actors.isEmpty()) {
            sql.where("d.actor_id = ?", actors.get(0));
            return new Driver("event_actor", "event_id", List.of("actor_id"), 1);
        }
        if (!query.locationIds().isEmpty()) {
            sql.where("d.location_id = ?", query.locationIds().get(0));
            return new Driver(locationTable(query), "event_id", "location_id");
        }
        if (!query.terms().isEmpty()) {
            sql.where("d.term = ?", query.terms().get(0));
            return new Driver("event_term", "event_id", "term");
        }
        if (query.types().size() == 1) {
            sql.where("d.event_type = ?", query.types().iterator().next().name());
            return new Driver("event", "id", "event_type");
        }
        return new Driver("event", "id", List.of(), 0);
    }

    private static void addOtherFilters(TimelineQuery query, Driver driver, SqlBuilder sql) {
        String eventId = "d." + driver.idColumn();
        List<Long> actors = query.actorIds();
        for (int i = driver.actorsMatched(); i < actors.size(); i++) {
            sql.where(
                    "exists (select 1 from event_actor x where x.event_id = " + eventId + " and x.actor_id = ?)",
                    actors.get(i));
        }
        List<Long> locations = query.locationIds();
        boolean drivenByLocation = driver.table().startsWith("event_location");
        for (int i = drivenByLocation ? 1 : 0; i < locations.size(); i++) {
            sql.where(
                    "exists (select 1 from " + locationTable(query) + " x where x.event_id = " + eventId
                            + " and x.location_id = ?)",
                    locations.get(i));
        }
        List<String> terms = query.terms();
        for (int i = driver.table().equals("event_term") ? 1 : 0; i < terms.size(); i++) {
            sql.where(
                    "exists (select 1 from event_term x where x.event_id = " + eventId + " and x.term = ?)",
                    terms.get(i));
        }
        boolean typeHandledByDriver =
                driver.table().equals("event") && query.types().size() == 1;
        if (!query.types().isEmpty() && !typeHandledByDriver) {
            sql.where(
                    eventColumn(driver, sql, "event_type") + " in ("
                            + placeholders(query.types().size()) + ")",
                    query.types().stream().map(EventType::name).toArray());
        }
        if (query.from() != null) {
            // The date ends on or after 'from', read off the index entry's sort key (see EventDate): the year of
            // look-back before 'from' is then skipped in the index, not checked event row by event row.
            long origin = EventDate.endsOnOrAfterOrigin(query.from());
            sql.where(
                    "(d.sort_key - ?) % " + EventDate.SORT_KEYS_PER_DAY + " - (d.sort_key - ?) / "
                            + EventDate.SORT_KEYS_PER_DAY + " <= " + EventDate.ENDS_ON_OR_AFTER_LIMIT,
                    origin,
                    origin);
        }
    }

    /** Bounds the sort key so the index range starts and ends near the requested dates. */
    private static void addDateRange(TimelineQuery query, SqlBuilder sql) {
        if (query.from() != null) {
            // An event starting up to MAX_SPAN_DAYS before 'from' can still overlap it.
            long lowest = EventDate.lowestSortKeyStartingOn(query.from().minusDays(EventDate.MAX_SPAN_DAYS));
            sql.where("d.sort_key >= ?", lowest);
        }
        if (query.to() != null) {
            sql.where("d.sort_key <= ?", EventDate.highestSortKeyStartingOn(query.to()));
        }
    }

    private static void addKeyset(TimelineQuery query, SqlBuilder sql) {
        Cursor after = query.after();
        if (after == null) {
            return;
        }
        String idColumn = sql.driverIdColumn;
        if (query.descending()) {
            sql.where(
                    "d.sort_key <= ? and (d.sort_key < ? or " + idColumn + " < ?)",
                    after.sortKey(),
                    after.sortKey(),
                    after.id());
        } else {
            sql.where(
                    "d.sort_key >= ? and (d.sort_key > ? or " + idColumn + " > ?)",
                    after.sortKey(),
                    after.sortKey(),
                    after.id());
        }
    }

    private static String eventColumn(Driver driver, SqlBuilder sql, String column) {
        if (driver.table().equals("event")) {
            return "d." + column;
        }
        sql.joinEvent = true;
        return "e." + column;
    }

    private static String locationTable(TimelineQuery query) {
        return query.includeSublocations() ? "event_location_scope" : "event_location";
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** Accumulates WHERE conditions with positional parameters. */
    private static final class SqlBuilder {
        private final StringBuilder conditions = new StringBuilder();
        private final StringBuilder tail = new StringBuilder();
        private final List<Object> parameters = new ArrayList<>();
        private boolean joinEvent;
        private String driverIdColumn;

        void where(String condition, Object... values) {
            conditions.append(conditions.isEmpty() ? " where " : " and ").append(condition);
            parameters.addAll(List.of(values));
        }

        SqlBuilder append(String text) {
            tail.append(text);
            return this;
        }

        String selectFrom(Driver driver, String columns) {
            String join = joinEvent ? " join event e on e.id = d." + driver.idColumn() : "";
            return "select " + columns + " from " + driver.table() + " d" + join + conditions + tail;
        }
    }
}
