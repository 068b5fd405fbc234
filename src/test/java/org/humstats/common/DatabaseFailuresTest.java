package org.humstats.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database is away" (503, try again) rather than a bug (500) or a bad request. */
class DatabaseFailuresTest {

    @Test
    void shouldRecogniseALostConnectionDeepInTheCauseChain() {
        SQLException refused = new SQLException("Connection refused", "08001");
        assertTrue(DatabaseFailures.unreachable(new RuntimeException(new PersistenceException("wrapped", refused))));
        assertTrue(DatabaseFailures.unreachable(new SQLException("I/O error", "08006")));
    }

    @Test
    void shouldRecogniseAServerShuttingDownOrStarting() {
        assertTrue(DatabaseFailures.unreachable(new PersistenceException(new SQLException("terminating connection", "57P01"))));
        assertTrue(DatabaseFailures.unreachable(new SQLException("the database system is starting up", "57P03")));
    }

    @Test
    void shouldRecogniseThePoolGivingUp() {
        assertTrue(DatabaseFailures.unreachable(new IllegalStateException(
                new SQLException("Acquisition timeout while waiting for new connection"))));
    }

    @Test
    void shouldLeaveOtherFailuresAlone() {
        assertFalse(DatabaseFailures.unreachable(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseFailures.unreachable(new IllegalStateException("a bug")));
        assertFalse(DatabaseFailures.unreachable(new ArithmeticException("long overflow")));
    }
}
