package org.humstats.common;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Whether a failure means "the database cannot be reached now" rather than "this request is wrong" or "the code is
 * wrong": then the answer is 503 with Retry-After, and the same request works once the database is back. Looked for
 * anywhere in the cause chain, since Hibernate, Narayana and Agroal each wrap what the driver threw.
 */
final class DatabaseFailures {

    private DatabaseFailures() {
    }

    static boolean unreachable(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && (connectionState(sql.getSQLState()) || poolTimeout(sql))) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLState class 08 is "connection exception"; 57P01-57P03 are PostgreSQL's "the server is shutting down,
     * crashed, or is starting up".
     */
    private static boolean connectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }

    /** Agroal gives up waiting for a connection (none could be made, or all are busy) without a SQLState. */
    private static boolean poolTimeout(SQLException e) {
        // "Acquisition timeout while waiting for new connection", or "Sorry, acquisition timeout!" when every
        // connection of the pool is busy.
        return e.getMessage() != null && e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout");
    }
}
