package org.humstats.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Everything that differs between the two databases HumStats runs on, in one place. The database kind is fixed when
 * the service is built (see the README), so exactly one implementation is a bean in each build: {@link H2Dialect} or
 * {@link PostgresDialect}. Code elsewhere asks the dialect and never checks which database it talks to.
 */
public interface Dialect {

    /** A column of a table made from arrays: its name and SQL type ({@code varchar}, {@code date}, ...). */
    record ArrayColumn(String name, String sqlType) {
    }

    /** A column written by {@link #insert}: its name and its {@link java.sql.Types} code (for NULLs). */
    record Column(String name, int jdbcType) {
    }

    /**
     * SQL for a table whose rows are given as one array per column, under {@code alias}, to join against: a list of keys
     * or of location codes in one statement and one index probe per row, however long the list. Each column takes one
     * parameter, bound with {@link #bindArray}, in the order given.
     */
    String arrayTable(String alias, List<ArrayColumn> columns);

    /** Binds one column of an {@link #arrayTable}. */
    void bindArray(PreparedStatement statement, int index, ArrayColumn column, List<?> values) throws SQLException;

    /**
     * Writes rows into a table in as few round trips as the database allows. Values are in JDBC form (String, Long,
     * Integer, LocalDate, OffsetDateTime, UUID, or null); each row has one value per column.
     */
    void insert(Connection connection, String table, List<Column> columns, List<Object[]> rows) throws SQLException;

    /**
     * Asks the database to plan {@code statement} with the values bound each time it runs, for statements whose best
     * plan depends on them (a scope of a few places or of thousands).
     */
    void planWithValues(PreparedStatement statement) throws SQLException;

    /** A statement that returns the next value of {@code sequence} as its one row and column. */
    String nextValue(String sequence);

    /**
     * Makes the calling transaction the only one, among every instance of the service sharing the database, that holds
     * {@code lock} until it ends (the others wait): for work that must happen once, like loading the seed.
     */
    void lockUntilCommit(Connection connection, long lock) throws SQLException;

    /**
     * Whether an aggregate should read its scope one kind at a time, joined to the scope's location codes as an
     * {@link #arrayTable}, rather than all kinds at once with the scope as a path prefix. See
     * {@code aggregate/FigureSelection}.
     */
    boolean readsScopeByCodes();
}
