package dev.geotimeline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.sql.SQLException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** What a client receives for each kind of storage fault, and that a bug stays a 500. */
class StorageFaultResponseTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void anUnreachableDatabaseIs503WithRetryAfter() {
        Response response = mappers.unexpected(
                new JDBCConnectionException(
                        "Unable to acquire JDBC Connection", new SQLException("Connection refused", "08001")),
                null,
                null);
        assertEquals(503, response.getStatus());
        assertEquals(Problems.UNAVAILABLE_RETRY_AFTER, response.getHeaderString(HttpHeaders.RETRY_AFTER));
        assertEquals(Problems.MEDIA_TYPE, response.getMediaType().toString());
        Problem problem = (Problem) response.getEntity();
        assertEquals("Service unavailable", problem.title());
        assertFalse(problem.detail().contains("Exception"), problem.detail());
        assertFalse(problem.detail().contains("08001"), problem.detail());
    }

    @Test
    void aFullDiskIs507WithRetryAfter() {
        Response response =
                mappers.unexpected(new PersistenceException(new IOException("No space left on device")), null, null);
        assertEquals(507, response.getStatus());
        assertEquals(Problems.DISK_FULL_RETRY_AFTER, response.getHeaderString(HttpHeaders.RETRY_AFTER));
        Problem problem = (Problem) response.getEntity();
        assertEquals("Insufficient storage", problem.title());
        assertEquals(507, problem.status());
    }

    @Test
    void aReadThatMetADatabaseClosedByAFullDiskIs503() {
        Request get = (Request) java.lang.reflect.Proxy.newProxyInstance(
                Request.class.getClassLoader(),
                new Class<?>[] {Request.class},
                (proxy, method, arguments) -> method.getName().equals("getMethod") ? "GET" : null);
        Response response =
                mappers.unexpected(new PersistenceException(new IOException("No space left on device")), null, get);
        assertEquals(503, response.getStatus());
        assertEquals(Problems.UNAVAILABLE_RETRY_AFTER, response.getHeaderString(HttpHeaders.RETRY_AFTER));
    }

    @Test
    void aBugStaysA500WithoutRetryAfter() {
        Response response = mappers.unexpected(new IllegalStateException("a bug"), null, null);
        assertEquals(500, response.getStatus());
        assertEquals(null, response.getHeaderString(HttpHeaders.RETRY_AFTER));
    }
}
