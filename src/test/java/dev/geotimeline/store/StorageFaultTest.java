package dev.geotimeline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.arc.ArcUndeclaredThrowableException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.transaction.xa.XAException;
import org.h2.message.DbException;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/**
 * The classifier on the exception shapes the service really meets: the drivers' own exceptions,
 * wrapped as Hibernate, Narayana and ArC wrap them (the shapes were copied from the logs of the
 * fault tests).
 */
class StorageFaultTest {

    @Test
    void aCommitThatFailedForWantOfSpaceIsDiskFull() {
        // ArC > Narayana's RollbackException > suppressed XAException > H2 50000 > MVStoreException > IOException
        MVStoreException store = DataUtils.newMVStoreException(
                DataUtils.ERROR_WRITING_FAILED,
                "Writing to {0} failed; length {1} at {2}",
                "retry:/data/geotimeline.mv.db",
                16384,
                25133056,
                new IOException("No space left on device"));
        SQLException h2 = DbException.convert(store).getSQLException();
        XAException xa = new XAException("Error trying to transactionCommit local transaction: " + h2.getMessage());
        xa.initCause(h2);
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);

        assertEquals(
                StorageFault.DISK_FULL,
                StorageFault.of(new ArcUndeclaredThrowableException("Error invoking subclass method", rollback)));
        assertEquals(
                StorageFault.DISK_FULL,
                StorageFault.of(new UncheckedIOException(
                        new FileSystemException("/data/geotimeline.mv.db", null, "No space left on device"))));
    }

    @Test
    void anH2StoreThatCannotWriteForAnotherReasonIsUnavailable() {
        MVStoreException store = DataUtils.newMVStoreException(
                DataUtils.ERROR_WRITING_FAILED, "Writing to {0} failed", "x", new IOException("Input/output error"));
        assertEquals(StorageFault.UNAVAILABLE, StorageFault.of(new PersistenceException(store)));
    }

    @Test
    void aPostgreSqlServerThatRefusesConnectionsIsUnavailable() {
        SQLException refused = assertThrows(
                SQLException.class,
                () -> DriverManager.getConnection("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2", "x", "y"));
        assertEquals(
                StorageFault.UNAVAILABLE,
                StorageFault.of(new JDBCConnectionException("Unable to acquire JDBC Connection", refused)));
        // Agroal wraps a failed creation; the driver's 08001 below still decides.
        assertEquals(
                StorageFault.UNAVAILABLE,
                StorageFault.of(new GenericJDBCException(
                        "Unable to acquire JDBC Connection",
                        new SQLException("Exception while creating new connection", refused))));
    }

    @Test
    void aPostgreSqlServerShuttingDownOrStartingIsUnavailable() {
        for (String state : new String[] {"57P01", "57P02", "57P03", "08006", "53300"}) {
            assertEquals(
                    StorageFault.UNAVAILABLE,
                    StorageFault.of(new PersistenceException(new SQLException("FATAL", state))),
                    state);
        }
        assertEquals(StorageFault.DISK_FULL, StorageFault.of(new SQLException("could not extend file", "53100")));
        assertEquals(StorageFault.TIMED_OUT, StorageFault.of(new SQLException("canceling statement", "57014")));
    }

    @Test
    void aPoolThatWaitedInVainIsUnavailable() {
        SQLException timeout = new SQLException("Sorry, acquisition timeout!");
        assertEquals(
                StorageFault.UNAVAILABLE,
                StorageFault.of(new GenericJDBCException(
                        "Unable to acquire JDBC Connection [Sorry, acquisition timeout!]", timeout)));
    }

    @Test
    void aClosedH2DatabaseIsUnavailable() throws SQLException {
        try (Connection first = DriverManager.getConnection("jdbc:h2:mem:storage-fault-test;DB_CLOSE_DELAY=-1");
                Connection second = DriverManager.getConnection("jdbc:h2:mem:storage-fault-test")) {
            try (Statement shutdown = first.createStatement()) {
                shutdown.execute("SHUTDOWN");
            }
            SQLException closed = assertThrows(
                    SQLException.class, () -> second.createStatement().executeQuery("SELECT 1"));
            assertEquals(
                    StorageFault.UNAVAILABLE,
                    StorageFault.of(new JDBCConnectionException("JDBC exception executing SQL", closed)),
                    closed.getSQLState() + " " + closed.getMessage());
        }
    }

    @Test
    void bugsAndBadDataAreNoStorageFault() {
        assertEquals(StorageFault.NONE, StorageFault.of(new NullPointerException()));
        assertEquals(StorageFault.NONE, StorageFault.of(new PersistenceException(new SQLException("dup", "23505"))));
        assertEquals(StorageFault.NONE, StorageFault.of(new SQLException("Timeout trying to lock table", "HYT00")));
        // Words of a request (echoed in a message) are not a file system's answer.
        assertEquals(
                StorageFault.NONE, StorageFault.of(new IllegalArgumentException("title: No space left on device")));
        assertEquals(StorageFault.NONE, StorageFault.of(null));
    }

    @Test
    void aCycleInTheCausesEnds() {
        Exception first = new Exception("first");
        Exception second = new Exception("second", first);
        first.initCause(second);
        first.addSuppressed(second);
        assertEquals(StorageFault.NONE, StorageFault.of(first));
        second.addSuppressed(new SQLException("lost", "08006"));
        assertEquals(StorageFault.UNAVAILABLE, StorageFault.of(first));
    }
}
