package org.humstats.database;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/** The embedded H2 database (the default build). */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "h2")
class H2Dialect implements Dialect {

    /** Rows per JDBC batch; H2 runs a batch statement by statement anyway, so this only bounds memory. */
    private static final int BATCH = 1000;

    /** H2's {@code TABLE(name type = ?, ...)} takes each column as an array parameter. */
    @Override
    public String arrayTable(String alias, List<ArrayColumn> columns) {
        return "table(" + columns.stream().map(c -> c.name() + " " + c.sqlType() + " = ?").collect(Collectors.joining(", "))
                + ") " + alias;
    }

    @Override
    public void bindArray(PreparedStatement statement, int index, ArrayColumn column, List<?> values) throws SQLException {
        statement.setObject(index, values.toArray());
    }

    /** Batched INSERTs: H2 has no bulk-load statement, and runs in the same process, so round trips cost little. */
    @Override
    public void insert(Connection connection, String table, List<Column> columns, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        String sql = "insert into " + table + " (" + columns.stream().map(Column::name).collect(Collectors.joining(", "))
                + ") values (" + "?, ".repeat(columns.size() - 1) + "?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int pending = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    if (row[i] == null) {
                        insert.setNull(i + 1, columns.get(i).jdbcType());
                    } else {
                        insert.setObject(i + 1, row[i]);
                    }
                }
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    @Override
    public String nextValue(String sequence) {
        return "select next value for " + sequence;
    }

    /** An embedded database belongs to one process (H2 locks its file), so there is nobody to wait for. */
    @Override
    public void lockUntilCommit(Connection connection, long lock) {
    }

    /** H2 plans every execution anew. */
    @Override
    public void planWithValues(PreparedStatement statement) {
    }

    /**
     * H2 seeks an index only for equalities: given a scope as a path prefix or several kinds as an IN list, it reads
     * every figure of the metric (0.6 s at 1M figures instead of 0.05 s; BENCHMARKS.md).
     */
    @Override
    public boolean readsScopeByCodes() {
        return true;
    }
}
