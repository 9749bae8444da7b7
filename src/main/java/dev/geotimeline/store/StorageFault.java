package dev.geotimeline.store;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

/**
 * What a failure says about the database underneath, read from its whole cause chain (Hibernate,
 * Narayana and Agroal wrap the driver's exception, often twice): the disk is full, the database
 * cannot be reached or did not answer in time, or nothing of the kind — a failure of the request
 * or a bug, which stays a 500.
 */
public enum StorageFault {
    /** The file system of the database is full: writes fail until space is freed. */
    DISK_FULL("the database's disk is full, so the change could not be stored; "
            + "reads still work, retry the write once space has been freed"),
    /** The database refused or lost the connection, is shutting down or starting, or the pool waited in vain. */
    UNAVAILABLE("the database is unavailable at the moment (it cannot be reached, lost the connection "
            + "or is restarting); retry after a few seconds"),
    /** The statement ran into the statement timeout. */
    TIMED_OUT("the database did not answer within the statement timeout; retry shortly"),
    NONE("");

    /** Causes followed at most (cycles are skipped too). */
    private static final int MAX_CAUSES = 64;

    private static final Set<String> UNAVAILABLE_STATES = Set.of(
            "57P01", // PostgreSQL admin_shutdown: the server is stopping
            "57P02", // crash_shutdown
            "57P03", // cannot_connect_now: starting up or in recovery
            "53300", // too_many_connections
            "90098", // H2 DATABASE_IS_CLOSED (after an I/O failure of its file)
            "90028", // H2 IO_EXCEPTION_1
            "90031", // H2 IO_EXCEPTION_2
            "90067", // H2 CONNECTION_BROKEN_1
            "90121"); // H2 DATABASE_CALLED_AT_SHUTDOWN

    private final String detail;

    StorageFault(String detail) {
        this.detail = detail;
    }

    /** What the client is told, in words. */
    public String detail() {
        return detail;
    }

    /** The fault that {@code failure} or one of its causes reports; a full disk wins over the rest. */
    public static StorageFault of(Throwable failure) {
        StorageFault found = NONE;
        for (Throwable cause : causes(failure)) {
            StorageFault fault = classify(cause);
            if (fault == DISK_FULL) {
                return DISK_FULL;
            }
            if (found == NONE) {
                found = fault;
            }
        }
        return found;
    }

    private static StorageFault classify(Throwable cause) {
        if (cause instanceof DiskFullException) {
            return DISK_FULL;
        }
        String message = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
        // Only the exceptions of file systems and databases: other messages may quote user input.
        boolean storage =
                cause instanceof IOException || cause instanceof SQLException || cause instanceof MVStoreException;
        if (storage
                && (message.contains("no space left on device")
                        || message.contains("not enough space on the disk")
                        || message.contains("disk quota exceeded"))) {
            return DISK_FULL;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            if (state.equals("53100")) { // PostgreSQL disk_full
                return DISK_FULL;
            }
            if (state.equals("57014")) { // query_canceled: statement timeout (H2 uses the same state)
                return TIMED_OUT;
            }
            if (state.startsWith("08") || UNAVAILABLE_STATES.contains(state)) {
                return UNAVAILABLE;
            }
        }
        if (cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof ConnectException
                || cause instanceof org.hibernate.exception.JDBCConnectionException) {
            return UNAVAILABLE;
        }
        if (cause instanceof MVStoreException store && storeUnavailable(store.getErrorCode())) {
            return UNAVAILABLE;
        }
        // Agroal: every connection is in use and none came back in time (the database is slow or away).
        if (cause instanceof SQLException && message.contains("acquisition timeout")) {
            return UNAVAILABLE;
        }
        return NONE;
    }

    private static boolean storeUnavailable(int code) {
        return code == DataUtils.ERROR_READING_FAILED
                || code == DataUtils.ERROR_WRITING_FAILED
                || code == DataUtils.ERROR_CLOSED;
    }

    /** The failure, its causes, and what was suppressed along the way, each once. */
    private static Iterable<Throwable> causes(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        List<Throwable> ordered = new ArrayList<>();
        if (failure != null) {
            pending.add(failure);
        }
        while (!pending.isEmpty() && ordered.size() < MAX_CAUSES) {
            Throwable next = pending.poll();
            if (!seen.add(next)) {
                continue;
            }
            ordered.add(next);
            if (next.getCause() != null) {
                pending.add(next.getCause());
            }
            if (next instanceof SQLException sql && sql.getNextException() != null) {
                pending.add(sql.getNextException());
            }
            Collections.addAll(pending, next.getSuppressed());
        }
        return ordered;
    }
}
