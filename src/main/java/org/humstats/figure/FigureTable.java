package org.humstats.figure;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.humstats.common.WireNamed;
import org.humstats.database.Dialect;

/**
 * The figure table's columns, described once for every statement that writes or reads figures without the ORM (the
 * bulk import): INSERT and COPY, UPDATE, and SELECT all take their column lists and values from here, so a new column
 * is added in one place. The entity {@link Figure} maps the same columns for the API's single-figure writes.
 */
public final class FigureTable {

    /** A column a client sets, and how its JDBC value is taken from the figure's fields. */
    private record FieldColumn(String name, int jdbcType, Function<FigureFields, Object> value) {
    }

    private static final List<FieldColumn> FIELDS = List.of(
            new FieldColumn("metric", Types.VARCHAR, FigureFields::metric),
            new FieldColumn("kind", Types.VARCHAR, f -> f.kind().wire()),
            new FieldColumn("best_value", Types.BIGINT, FigureFields::value),
            new FieldColumn("low_value", Types.BIGINT, FigureFields::low),
            new FieldColumn("high_value", Types.BIGINT, FigureFields::high),
            new FieldColumn("qualifier", Types.VARCHAR, f -> f.qualifier().wire()),
            new FieldColumn("period_start", Types.DATE, FigureFields::periodStart),
            new FieldColumn("period_end", Types.DATE, FigureFields::periodEnd),
            new FieldColumn("date_precision", Types.VARCHAR, f -> f.datePrecision().wire()),
            new FieldColumn("location_code", Types.VARCHAR, FigureFields::locationCode),
            new FieldColumn("source_id", Types.VARCHAR, FigureFields::source),
            new FieldColumn("document_id", Types.OTHER, FigureFields::documentId),
            new FieldColumn("attributed_to", Types.VARCHAR, FigureFields::attributedTo),
            new FieldColumn("subject", Types.VARCHAR, FigureFields::subject),
            new FieldColumn("quote", Types.VARCHAR, FigureFields::quote),
            new FieldColumn("notes", Types.VARCHAR, FigureFields::notes),
            new FieldColumn("status", Types.VARCHAR, f -> f.status().wire()),
            new FieldColumn("status_reason", Types.VARCHAR, FigureFields::statusReason),
            new FieldColumn("sex", Types.VARCHAR, FigureFields::sex),
            new FieldColumn("age", Types.VARCHAR, FigureFields::age),
            new FieldColumn("population_group", Types.VARCHAR, FigureFields::populationGroup),
            new FieldColumn("sector", Types.VARCHAR, FigureFields::sector),
            new FieldColumn("cause", Types.VARCHAR, FigureFields::cause),
            new FieldColumn("unit", Types.VARCHAR, FigureFields::unit),
            new FieldColumn("origin_precision", Types.VARCHAR, f -> f.originPrecision().wire()),
            new FieldColumn("breakdown_key", Types.VARCHAR, f -> f.breakdown().key()));

    /** Every column of a new figure, in the order of {@link #insertRow}. */
    public static final List<Dialect.Column> INSERT_COLUMNS;

    /** Changes a stored figure to new fields; bound by {@link #bindUpdate}. */
    public static final String UPDATE = "update figure set "
            + FIELDS.stream().map(c -> c.name() + " = ?").collect(Collectors.joining(", "))
            + ", updated_at = ?, updated_by = ?, version = version + 1 where id = ?";

    static {
        List<Dialect.Column> columns = new ArrayList<>();
        columns.add(new Dialect.Column("id", Types.OTHER));
        FIELDS.forEach(c -> columns.add(new Dialect.Column(c.name(), c.jdbcType())));
        columns.add(new Dialect.Column("created_at", Types.TIMESTAMP_WITH_TIMEZONE));
        columns.add(new Dialect.Column("updated_at", Types.TIMESTAMP_WITH_TIMEZONE));
        columns.add(new Dialect.Column("version", Types.INTEGER));
        columns.add(new Dialect.Column("created_by", Types.OTHER));
        columns.add(new Dialect.Column("updated_by", Types.OTHER));
        INSERT_COLUMNS = List.copyOf(columns);
    }

    private FigureTable() {
    }

    /** A stored figure as a bulk import needs it: its fields and what an update must keep. */
    public record Stored(UUID id, FigureFields fields, Instant createdAt, int version, UUID createdBy) {
    }

    /** The values of a new figure, created and last changed by {@code keyId}, in the order of {@link #INSERT_COLUMNS}. */
    public static Object[] insertRow(UUID id, FigureFields f, Instant createdAt, Instant updatedAt, int version, UUID keyId) {
        Object[] row = new Object[INSERT_COLUMNS.size()];
        int i = 0;
        row[i++] = id;
        for (FieldColumn c : FIELDS) {
            row[i++] = c.value().apply(f);
        }
        row[i++] = utc(createdAt);
        row[i++] = utc(updatedAt);
        row[i++] = version;
        row[i++] = keyId;
        row[i] = keyId;
        return row;
    }

    /** Binds {@link #UPDATE}: figure {@code id} gets fields {@code f}, changed at {@code at} by {@code keyId}. */
    public static void bindUpdate(PreparedStatement s, UUID id, FigureFields f, Instant at, UUID keyId) throws SQLException {
        int i = 1;
        for (FieldColumn c : FIELDS) {
            Object value = c.value().apply(f);
            if (value == null) {
                s.setNull(i++, c.jdbcType());
            } else {
                s.setObject(i++, value);
            }
        }
        s.setObject(i++, utc(at));
        s.setObject(i++, keyId);
        s.setObject(i, id);
    }

    /** The select list that {@link #read} reads, for a query over {@code figure} under {@code alias}. */
    public static String selectList(String alias) {
        String p = alias + ".";
        return p + "id, " + FIELDS.stream().map(c -> p + c.name()).collect(Collectors.joining(", "))
                + ", " + p + "created_at, " + p + "version, " + p + "created_by";
    }

    /** The current row of a result of {@link #selectList}. */
    public static Stored read(ResultSet rs) throws SQLException {
        int i = 2;
        FigureFields f = new FigureFields(rs.getString(i++), wire(Kind.class, rs.getString(i++)), rs.getLong(i++),
                longOrNull(rs, i++), longOrNull(rs, i++), wire(Qualifier.class, rs.getString(i++)),
                rs.getObject(i++, LocalDate.class), rs.getObject(i++, LocalDate.class),
                wire(DatePrecision.class, rs.getString(i++)), rs.getString(i++), rs.getString(i++),
                rs.getObject(i++, UUID.class), rs.getString(i++), rs.getString(i++), rs.getString(i++), rs.getString(i++),
                wire(FigureStatus.class, rs.getString(i++)), rs.getString(i++), rs.getString(i++), rs.getString(i++),
                rs.getString(i++), rs.getString(i++), rs.getString(i++), rs.getString(i++),
                wire(DatePrecision.class, rs.getString(i++)));
        i++; // breakdown_key: derived from the parts just read
        return new Stored(rs.getObject(1, UUID.class), f, rs.getObject(i++, OffsetDateTime.class).toInstant(),
                rs.getInt(i++), rs.getObject(i, UUID.class));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static <E extends Enum<E> & WireNamed> E wire(Class<E> type, String text) {
        return WireNamed.find(type, text).orElseThrow(() ->
                new IllegalStateException("stored " + type.getSimpleName() + " '" + text + "' is not one of " + WireNamed.allowed(type)));
    }
}
