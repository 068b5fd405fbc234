package org.humstats.database;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/**
 * Rows for PostgreSQL's {@code COPY ... FROM STDIN (FORMAT csv)}: one statement for a whole batch, without the parsing and
 * planning of multi-row INSERTs. Text is always quoted, so an empty string stays distinct from NULL (an empty field).
 */
final class PgCopy {

    private final String statement;
    private final StringBuilder rows = new StringBuilder(1 << 16);
    private boolean lineStarted;
    private int count;

    /** @param table the table and its columns, e.g. {@code figure_change (seq, figure_id)} */
    PgCopy(String table) {
        this.statement = "copy " + table + " from stdin (format csv)";
    }

    /** A value written as it prints (numbers, dates, UUIDs, times), or NULL. */
    PgCopy plain(Object value) {
        separate();
        if (value != null) {
            rows.append(value);
        }
        return this;
    }

    /** Text, quoted; NULL when null. */
    PgCopy text(String value) {
        separate();
        if (value != null) {
            rows.append('"');
            for (int i = 0; i < value.length(); i++) {
                char ch = value.charAt(i);
                if (ch == '"') {
                    rows.append('"');
                }
                rows.append(ch);
            }
            rows.append('"');
        }
        return this;
    }

    void endRow() {
        rows.append('\n');
        lineStarted = false;
        count++;
    }

    int count() {
        return count;
    }

    /** Sends the rows gathered so far and starts afresh. */
    long send(Connection c) throws SQLException {
        if (count == 0) {
            return 0;
        }
        try {
            return c.unwrap(PGConnection.class).getCopyAPI().copyIn(statement, new StringReader(rows.toString()));
        } catch (java.io.IOException e) {
            throw new SQLException("COPY into " + statement + " failed", e);
        } finally {
            rows.setLength(0);
            count = 0;
        }
    }

    private void separate() {
        if (lineStarted) {
            rows.append(',');
        }
        lineStarted = true;
    }
}
