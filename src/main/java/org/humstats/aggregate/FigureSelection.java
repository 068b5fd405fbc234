package org.humstats.aggregate;

import org.humstats.figure.Breakdown;
import org.humstats.figure.DatePrecision;
import org.humstats.figure.Kind;
import org.humstats.figure.Qualifier;
import org.humstats.figure.FigureStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.humstats.common.WireNamed;
import org.humstats.database.Dialect;
import org.humstats.location.Location;

/**
 * Selects the figures of one metric in a scope that {@link CountingRules} needs, as {@link CountedFigure}s.
 *
 * <p>Plain SQL over JDBC rather than JPQL: a country-wide time series reads tens of thousands of rows, and building
 * them straight from the result set (no entity converters, no ORM row processing) is what keeps it within budget.
 * The statements are the same on H2 (PostgreSQL mode) and PostgreSQL but for what {@link Dialect} says.
 *
 * <p>When no explanation is asked for, the statement also applies the counting rules that are exact in SQL, so that
 * figures which cannot change any number never leave the database (rules of docs/counting.md; why each shortcut
 * is safe: docs/counting.md#pushdown):
 * <ul>
 *   <li>rule 1 (docs/counting.md#1-counted-statuses): only counted statuses;</li>
 *   <li>rule 2 (docs/counting.md#2-windows, aggregate): a flow or cumulative figure only when its whole period lies in
 *       the window, a stock only when its as-of date does;</li>
 *   <li>rule 3 (docs/counting.md#3-same-source) for stocks (aggregate): a stock with a later counted stock of the
 *       same (location, source) in the window is superseded whatever the policy, so only the latest ones (ties
 *       included) are read;</li>
 *   <li>rule 7 (docs/counting.md#7-time-series): a flow counts only in a bucket that holds its whole period, so a
 *       flow whose start and end fall in different buckets counts nowhere; and (after the statement, see
 *       {@link LatestPerBucket}) a stock or a running total counts in a bucket only as the latest of its (location,
 *       source) - and origin - there;</li>
 *   <li>rule 5 with rule 7 (docs/counting.md#5-geography, #7-time-series): below a location that has figures of its
 *       own in every bucket, nothing can count, so flows and stocks are read one gazetteer level at a time and only
 *       where still needed ({@link DirectReach}).</li>
 * </ul>
 * With {@code explain=true} the rules are left to {@link CountingRules} alone, so that every excluded figure is
 * listed with its reason. Covered by the composite index of V5__counting_index_by_kind.sql.
 */
@ApplicationScoped
class FigureSelection {

    private static final String COLUMNS = "select f.id, f.location_code, f.source_id, f.kind, f.best_value, f.low_value, "
            + "f.high_value, f.qualifier, f.period_start, f.period_end, d.published_on, f.status, f.breakdown_key, "
            + "f.origin_precision from figure f left join document d on d.id = f.document_id where ";

    private static final Dialect.ArrayColumn CODE = new Dialect.ArrayColumn("code", "varchar");

    /** Keeps each statement's parameter list far below PostgreSQL's limit of 65,535. */
    private static final int MAX_CODES_PER_STATEMENT = 1000;

    /** Start of a flow's or cumulative figure's period; a stock (or a flow without a start) covers one day. */
    private static final String START = "coalesce(f.period_start, f.period_end)";

    @Inject
    DataSource dataSource;

    @Inject
    Dialect dialect;

    /** Figures for an aggregate over {@code scope} (null: the world). */
    List<CountedFigure> forAggregate(AggregateQuery q, Location scope, Gazetteer gazetteer, Map<String, Integer> priorities) {
        if (scope != null && dialect.readsScopeByCodes()) {
            // One statement per kind, joined to the subtree's codes: each probe of the counting index is an equality.
            List<String> codes = new ArrayList<>();
            subtree(gazetteer, scope.code, codes);
            List<CountedFigure> figures = new ArrayList<>();
            for (Kind kind : Kind.values()) {
                Sql sql = ofKind(q.metric(), kind);
                sql.codes = codes;
                figures.addAll(run(forAggregate(sql, q), priorities));
            }
            return figures;
        }
        return run(forAggregate(inScope(q.metric(), scope, Kind.values()), q), priorities);
    }

    private static Sql forAggregate(Sql sql, AggregateQuery q) {
        if (q.explain()) {
            // Everything that touches the window: what does not count is listed with its reason.
            sql.and("f.period_end >= ?", q.from());
            sql.and(START + " <= ?", q.to());
        } else {
            if (q.groupBy().dimension() == null) {
                // One breakdown counts (docs/counting.md#breakdowns); grouped by a breakdown dimension, the rules pick
                // the figures of each part.
                sql.and("f.breakdown_key = ?", q.breakdown().key());
            }
            sql.and("f.status in " + sql.list(wire(q.counted())));
            sql.and("f.period_end >= ?", q.from());
            sql.and("f.period_end <= ?", q.to());
            sql.and("(f.kind = 'stock' or " + START + " >= ?)", q.from());
            String laterStock = "select 1 from figure g where g.metric = f.metric"
                    + " and g.location_code = f.location_code and g.source_id = f.source_id and g.kind = 'stock'"
                    + " and g.breakdown_key = f.breakdown_key"
                    + " and g.status in " + sql.list(wire(q.counted())) + " and g.period_end > f.period_end";
            if (q.to() == null) {
                sql.and("(f.kind <> 'stock' or not exists (" + laterStock + "))");
            } else {
                sql.and("(f.kind <> 'stock' or not exists (" + laterStock + " and g.period_end <= ?))", q.to());
            }
        }
        return sql;
    }

    private static void subtree(Gazetteer gazetteer, String code, List<String> codes) {
        codes.add(code);
        for (String child : gazetteer.children(code)) {
            subtree(gazetteer, child, codes);
        }
    }

    /**
     * Figures for a time series of {@code scope} over the buckets from {@code q.from()} to {@code q.to()}. Without an
     * explanation, flows and stocks are read top-down and only where prefer_direct can still reach them
     * ({@link DirectReach}); running totals are read for the whole scope.
     */
    List<CountedFigure> forTimeSeries(TimeSeriesQuery q, Location scope, Gazetteer gazetteer,
                                      Map<String, Integer> priorities) {
        List<Bucket> buckets = Buckets.between(q.from(), q.to(), q.interval());
        LocalDate first = buckets.get(0).start();
        LocalDate last = buckets.get(buckets.size() - 1).end();
        if (q.explain()) {
            Sql sql = inScope(q.metric(), scope, Kind.values());
            sql.and("f.breakdown_key = ?", q.breakdown().key());
            sql.and("f.source_id = ?", q.source());
            sql.and(START + " <= ?", last);
            // Running totals published before the first bucket still give the total known in the first buckets.
            sql.and("(f.kind = 'cumulative' or f.period_end >= ?)", first);
            return run(sql, priorities);
        }
        Sql totals = countedUpTo(inScope(q.metric(), scope, Kind.CUMULATIVE), q, last);
        List<CountedFigure> selected = new ArrayList<>(LatestPerBucket.of(run(totals, priorities), q.interval()));

        String oneBucket = sameBucket(q.interval());
        DirectReach reach = new DirectReach(buckets, q.interval(), q.counted());
        for (Kind kind : List.of(Kind.FLOW, Kind.STOCK)) {
            Sql sql = countedUpTo(ofKind(q.metric(), kind), q, last);
            sql.and("f.period_end >= ?", first);
            if (kind == Kind.FLOW && oneBucket != null) {
                sql.and(oneBucket);
            }
            List<CountedFigure> read = reach.walk(scope.code, gazetteer, codes -> runAt(sql, codes, priorities));
            selected.addAll(kind == Kind.STOCK ? LatestPerBucket.of(read, q.interval()) : read);
        }
        if (oneBucket != null && selected.stream().noneMatch(f -> f.kind() == Kind.FLOW)) {
            // The flow series exists as soon as one counted flow touches the range, even if no flow fits a bucket
            // (all its points are then empty): one such flow keeps the answer identical.
            Sql anyFlow = countedUpTo(inScope(q.metric(), scope, Kind.FLOW), q, last);
            anyFlow.and("f.period_end >= ?", first);
            anyFlow.limitOne();
            selected.addAll(run(anyFlow, priorities));
        }
        return selected;
    }

    /** Adds a time series' common filters: its source (if any), counted statuses, a start before {@code last}. */
    private static Sql countedUpTo(Sql sql, TimeSeriesQuery q, LocalDate last) {
        sql.and("f.breakdown_key = ?", q.breakdown().key());
        sql.and("f.source_id = ?", q.source());
        sql.and(START + " <= ?", last);
        sql.and("f.status in " + sql.list(wire(q.counted())));
        return sql;
    }

    /** Runs {@code sql} for the figures at the given locations, a bounded number of codes per statement. */
    private List<CountedFigure> runAt(Sql sql, List<String> codes, Map<String, Integer> priorities) {
        List<CountedFigure> figures = new ArrayList<>();
        for (int from = 0; from < codes.size(); from += MAX_CODES_PER_STATEMENT) {
            Sql at = sql.copy();
            List<String> chunk = codes.subList(from, Math.min(codes.size(), from + MAX_CODES_PER_STATEMENT));
            at.and("f.location_code in " + at.list(chunk));
            figures.addAll(run(at, priorities));
        }
        return figures;
    }

    /** SQL true when a flow's start and end fall in one bucket; null when not expressible portably (weeks). */
    private static String sameBucket(Interval interval) {
        return switch (interval) {
            case DAY -> START + " = f.period_end";
            case WEEK -> null;
            case MONTH -> same("year") + " and " + same("month");
            case QUARTER -> same("year") + " and " + same("quarter");
            case YEAR -> same("year");
        };
    }

    private static String same(String field) {
        return "extract(" + field + " from " + START + ") = extract(" + field + " from f.period_end)";
    }

    /** Figures of the metric and kinds in the scope's subtree (anywhere when scope is null). */
    private static Sql inScope(String metric, Location scope, Kind... kinds) {
        Sql sql = ofKind(metric, kinds);
        if (scope != null) {
            // The scope's subtree through the materialised path: one index probe per location, no recursion.
            sql.and("f.location_code in (select l.code from location l where l.path like ?)", scope.path + "%");
        }
        return sql;
    }

    /**
     * Figures of the metric and kinds. The kinds are always named, also when all are wanted: they follow the metric
     * in the counting index (V5__counting_index_by_kind.sql), so the database can seek to each (metric, kind,
     * location) instead of reading the metric's whole range.
     */
    private static Sql ofKind(String metric, Kind... kinds) {
        Sql sql = new Sql();
        sql.and("f.metric = ?", metric);
        if (kinds.length == 1) {
            sql.and("f.kind = ?", kinds[0].wire());
        } else {
            sql.and("f.kind in " + sql.list(Arrays.stream(kinds).map(Kind::wire).sorted().toList()));
        }
        return sql;
    }

    private static List<String> wire(Set<FigureStatus> statuses) {
        return statuses.stream().map(FigureStatus::wire).sorted().collect(Collectors.toList());
    }

    private List<CountedFigure> run(Sql sql, Map<String, Integer> priorities) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement statement = c.prepareStatement(sql.text(dialect))) {
            dialect.planWithValues(statement);
            int at = 1;
            if (sql.codes != null) {
                dialect.bindArray(statement, at++, CODE, sql.codes);
            }
            for (Object param : sql.params) {
                statement.setObject(at++, param);
            }
            List<CountedFigure> figures = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    figures.add(counted(rs, priorities));
                }
            }
            return figures;
        } catch (SQLException e) {
            throw new IllegalStateException("Selecting figures failed: " + e.getMessage(), e);
        }
    }

    private static CountedFigure counted(ResultSet rs, Map<String, Integer> priorities) throws SQLException {
        String source = rs.getString(3);
        return new CountedFigure(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                source,
                priorities.getOrDefault(source, 0),
                WireNamed.parse(Kind.class, rs.getString(4)),
                rs.getLong(5),
                nullableLong(rs, 6),
                nullableLong(rs, 7),
                WireNamed.parse(Qualifier.class, rs.getString(8)),
                rs.getObject(9, LocalDate.class),
                rs.getObject(10, LocalDate.class),
                rs.getObject(11, LocalDate.class),
                WireNamed.parse(FigureStatus.class, rs.getString(12)),
                Breakdown.ofKey(rs.getString(13)),
                WireNamed.parse(DatePrecision.class, rs.getString(14)));
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** A where-clause with positional parameters; values are always bound, never concatenated. */
    private static final class Sql {
        private final List<String> clauses = new ArrayList<>();
        private final List<Object> params = new ArrayList<>();
        private boolean limitOne;
        /** Location codes the figures must have, joined as a table (its parameter comes first); null: no such join. */
        private List<String> codes;

        /** Adds the clause (with one {@code ?}) when the value is present. */
        void and(String clause, Object value) {
            if (value != null) {
                clauses.add(clause);
                params.add(value);
            }
        }

        void and(String clause) {
            clauses.add(clause);
        }

        /**
         * "(?, ?, ...)" for the values. Their parameters are added at once, so the clause using the list must be
         * added right after, before any other parameter.
         */
        String list(List<?> values) {
            if (values.isEmpty()) {
                return "(null)"; // matches nothing
            }
            params.addAll(values);
            return "(" + "?, ".repeat(values.size() - 1) + "?)";
        }

        void limitOne() {
            limitOne = true;
        }

        Sql copy() {
            Sql copy = new Sql();
            copy.clauses.addAll(clauses);
            copy.params.addAll(params);
            copy.limitOne = limitOne;
            copy.codes = codes;
            return copy;
        }

        String text(Dialect dialect) {
            String select = codes == null ? COLUMNS : COLUMNS.replace("from figure f ",
                    "from " + dialect.arrayTable("t", List.of(CODE)) + " join figure f on f.location_code = t.code ");
            return select + String.join(" and ", clauses) + (limitOne ? " fetch first 1 rows only" : "");
        }
    }
}
