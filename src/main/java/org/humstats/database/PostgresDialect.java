package org.humstats.database;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.postgresql.PGStatement;

/** PostgreSQL (the {@code -Ppostgresql} build). */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
class PostgresDialect implements Dialect {

    /**
     * {@code unnest} of one array per column. PostgreSQL plans a list of a thousand row values slowly (an OR of a
     * thousand index conditions); joining arrays is one index nested loop.
     */
    @Override
    public String arrayTable(String alias, List<ArrayColumn> columns) {
        return "unnest(" + columns.stream().map(c -> "cast(? as " + c.sqlType() + "[])").collect(Collectors.joining(", "))
                + ") as " + alias + "(" + columns.stream().map(ArrayColumn::name).collect(Collectors.joining(", ")) + ")";
    }

    @Override
    public void bindArray(PreparedStatement statement, int index, ArrayColumn column, List<?> values) throws SQLException {
        Object[] elements = values.stream().map(v -> v instanceof LocalDate d ? java.sql.Date.valueOf(d) : v).toArray();
        statement.setArray(index, statement.getConnection().createArrayOf(column.sqlType(), elements));
    }

    /** COPY: one statement for all the rows, without the parsing and planning of INSERTs (BENCHMARKS.md, imports). */
    @Override
    public void insert(Connection connection, String table, List<Column> columns, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        PgCopy copy = new PgCopy(table + " (" + columns.stream().map(Column::name).collect(Collectors.joining(", ")) + ")");
        for (Object[] row : rows) {
            for (Object value : row) {
                if (value instanceof String text) {
                    copy.text(text);
                } else {
                    copy.plain(value);
                }
            }
            copy.endRow();
        }
        copy.send(connection);
    }

    @Override
    public String nextValue(String sequence) {
        return "select nextval('" + sequence + "')";
    }

    /** A transaction-level advisory lock: released by commit or rollback, whatever happens to the instance. */
    @Override
    public void lockUntilCommit(Connection connection, long lock) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
            s.setLong(1, lock);
            s.execute();
        }
    }

    /**
     * PostgreSQL's generic plan (used after five executions) guesses a handful of rows for a scope and joined documents
     * by 60,000 index probes instead of one hash join: 130 ms instead of 65 ms for a country-wide series. Planning each
     * time costs a few milliseconds.
     */
    @Override
    public void planWithValues(PreparedStatement statement) throws SQLException {
        statement.unwrap(PGStatement.class).setPrepareThreshold(0);
    }

    /** PostgreSQL seeks the counting index once per kind and location of a path-prefix scope in one statement. */
    @Override
    public boolean readsScopeByCodes() {
        return false;
    }
}
