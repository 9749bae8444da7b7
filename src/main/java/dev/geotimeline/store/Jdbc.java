package dev.geotimeline.store;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.hibernate.engine.jdbc.spi.JdbcCoordinator;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * Plain JDBC on the session's connection and transaction, for hot reads of plain values and batched writes,
 * where a native query's result mapping costs more than the database's own work. Statements go through
 * Hibernate's statement preparer, so they are logged, counted in its statistics (the statement-count guard rails)
 * and released with the session's resources like every other, and failures arrive as Hibernate's
 * {@code JDBCException}s like those of every other query.
 */
public final class Jdbc {

    /** Sets the parameters of a statement. */
    public interface Parameters {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** Reads the current row of a result. */
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Sets the parameters of one row of a batch. */
    public interface RowBinder<R> {
        void bind(PreparedStatement statement, R row) throws SQLException;
    }

    private Jdbc() {}

    /** The rows of a query whose positional parameters are {@code parameters}, in order. */
    public static <T> List<T> select(EntityManager em, String sql, List<?> parameters, RowReader<T> reader) {
        return select(em, sql, statement -> bindAll(statement, parameters), reader);
    }

    public static <T> List<T> select(EntityManager em, String sql, Parameters parameters, RowReader<T> reader) {
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        JdbcCoordinator jdbc = session.getJdbcCoordinator();
        PreparedStatement statement = jdbc.getStatementPreparer().prepareStatement(sql);
        try {
            parameters.bind(statement);
            ResultSet rows = jdbc.getResultSetReturn().extract(statement, sql);
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(reader.read(rows));
            }
            return result;
        } catch (SQLException e) {
            throw session.getJdbcServices().getSqlExceptionHelper().convert(e, "query failed", sql);
        } finally {
            release(jdbc, statement);
        }
    }

    /** Runs one statement that changes rows, with positional {@code parameters}; answers how many it changed. */
    public static int update(EntityManager em, String sql, List<?> parameters) {
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        JdbcCoordinator jdbc = session.getJdbcCoordinator();
        PreparedStatement statement = jdbc.getStatementPreparer().prepareStatement(sql);
        try {
            bindAll(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw session.getJdbcServices().getSqlExceptionHelper().convert(e, "update failed", sql);
        } finally {
            release(jdbc, statement);
        }
    }

    /** Runs one statement per row as a single batch. */
    public static <R> void batch(EntityManager em, String sql, Collection<R> rows, RowBinder<R> binder) {
        if (rows.isEmpty()) {
            return;
        }
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        JdbcCoordinator jdbc = session.getJdbcCoordinator();
        PreparedStatement statement = jdbc.getStatementPreparer().prepareStatement(sql);
        try {
            for (R row : rows) {
                binder.bind(statement, row);
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw session.getJdbcServices().getSqlExceptionHelper().convert(e, "batch failed", sql);
        } finally {
            release(jdbc, statement);
        }
    }

    private static void bindAll(PreparedStatement statement, List<?> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    private static void release(JdbcCoordinator jdbc, PreparedStatement statement) {
        jdbc.getLogicalConnection().getResourceRegistry().release(statement);
        jdbc.afterStatementExecution();
    }
}
