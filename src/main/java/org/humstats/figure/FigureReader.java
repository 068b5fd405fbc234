package org.humstats.figure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.humstats.common.Cursor;
import org.humstats.common.Page;
import org.humstats.common.PageRequest;
import org.humstats.common.ProblemException;
import org.humstats.document.Citation;
import org.humstats.location.Places;
import org.humstats.metric.MetricCodes;
import org.humstats.source.SourceNames;

/**
 * The figure reads of the API (a page of the list, in JSON or CSV, and one figure) in one statement each, without a
 * transaction and without the ORM: the figures with their document joined in, places and sources from memory ({@link
 * Places}, {@link SourceNames}).
 *
 * <p>A page is a keyset page ({@code common/Keyset} explains the idea; the cursors are the same). The figures of one
 * place come from the index on (location_code, period_end desc, id desc), which stops after {@code limit + 1} rows in
 * the default order. An area with places inside it (a country, an admin-1 area) is read as the first {@code limit + 1}
 * figures of each place, merged and cut to {@code limit + 1}: no statement sorts every figure of the area. Above {@link
 * #MAX_PLACES} places the statement asks for the area's figures by path instead.
 *
 * <p>A filter is a clause over {@code figure f} with its values in {@link Where}; a new figure column needs nothing here
 * ({@link FigureTable} lists the columns), a new filter one line in {@link #filter}.
 */
@ApplicationScoped
public class FigureReader {

    /** Most places read one by one in a page of an area; a larger area is read through the location table. */
    static final int MAX_PLACES = 200;

    private static final String DOCUMENT_COLUMNS = "d.id as doc_id, d.title as doc_title, d.publisher as doc_publisher, "
            + "d.url as doc_url, d.published_on as doc_published_on";

    @Inject
    DataSource dataSource;

    @Inject
    Places places;

    @Inject
    SourceNames sources;

    @Inject
    MetricCodes metrics;

    /** The orders a list can be sorted by; each is a keyset order with the id as tie-breaker. */
    enum SortOrder {
        PERIOD_END("period_end", "period_end", f -> f.periodEnd().toString(), LocalDate::parse),
        VALUE("value", "best_value", f -> Long.toString(f.value()), Long::valueOf),
        UPDATED_AT("updated_at", "updated_at", f -> f.updatedAt().toString(), Instant::parse),
        CREATED_AT("created_at", "created_at", f -> f.createdAt().toString(), Instant::parse);

        final String wire;
        final String column;
        final Function<FigureView, String> valueOf;
        final Function<String, Object> parse;

        SortOrder(String wire, String column, Function<FigureView, String> valueOf, Function<String, Object> parse) {
            this.wire = wire;
            this.column = column;
            this.valueOf = valueOf;
            this.parse = parse;
        }
    }

    /** A parsed {@code sort}: the order, its direction, and the text that names it in cursors. */
    record Sort(String name, SortOrder order, boolean descending) {

        static Sort parse(String sort) {
            String s = sort == null || sort.isBlank() ? "-period_end" : sort.trim();
            boolean desc = s.startsWith("-");
            String name = desc ? s.substring(1) : s;
            for (SortOrder o : SortOrder.values()) {
                if (o.wire.equals(name)) {
                    return new Sort(s, o, desc);
                }
            }
            throw ProblemException.invalidParameter("sort", "'" + sort + "' is not one of: period_end, value, updated_at, "
                    + "created_at (prefix with - for descending, e.g. -period_end)");
        }

        String orderBy(String alias) {
            String dir = descending ? " desc" : "";
            return alias + "." + order.column + dir + ", " + alias + ".id" + dir;
        }
    }

    /** SQL conditions over {@code figure f} joined by and, with their values in order. */
    static final class Where {
        final List<String> clauses = new ArrayList<>();
        final List<Object> values = new ArrayList<>();

        /** Adds {@code clause} (with one ? per value) when the first value is present. */
        Where and(String clause, Object... vals) {
            if (vals.length == 0 || vals[0] != null) {
                clauses.add(clause);
                Collections.addAll(values, vals);
            }
            return this;
        }

        Where copy() {
            Where w = new Where();
            w.clauses.addAll(clauses);
            w.values.addAll(values);
            return w;
        }

        String sql() {
            return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
        }
    }

    /** Where the figures of a list are: anywhere, at some places (each read on its own), or inside a large area. */
    private record Scope(List<String> places, String insidePath) {
        static final Scope ANYWHERE = new Scope(null, null);
    }

    /** A page of figures matching {@code q}, in one statement ({@code with_total} adds a count). */
    public Page<FigureView> list(FigureQuery.Parsed q, String sort, PageRequest request) {
        Sort order = Sort.parse(sort);
        Where where = filter(q);
        Scope scope = scope(q);
        int limit = request.limit();
        Where page = where.copy();
        if (request.cursor != null) {
            Cursor c = Cursor.decode(request.cursor, 3);
            if (!order.name().equals(c.get(0))) {
                throw ProblemException.invalidParameter("cursor", "this cursor belongs to another sort order");
            }
            Object afterValue;
            UUID afterId;
            try {
                afterValue = order.order().parse.apply(c.get(1));
                afterId = UUID.fromString(c.get(2));
            } catch (RuntimeException e) {
                throw ProblemException.invalidParameter("cursor", "not a cursor from this endpoint");
            }
            String cmp = order.descending() ? "<" : ">";
            String col = "f." + order.order().column;
            // The first condition is implied by the second; it is the one an index range can start from.
            page.and(col + " " + cmp + "= ?", afterValue);
            page.and("(" + col + " " + cmp + " ? or (" + col + " = ? and f.id " + cmp + " ?))", afterValue, afterValue, afterId);
        }
        List<Object> values = new ArrayList<>();
        String sql = pageSql(page, scope, order, limit + 1, values);
        List<FigureView> rows = query(sql, values);
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            FigureView last = rows.get(limit - 1);
            next = Cursor.of(order.name(), order.order().valueOf.apply(last), last.id().toString()).encode();
        }
        Long total = request.withTotal() ? count(where, scope) : null;
        return new Page<>(List.copyOf(rows), new Page.Info(limit, next, total));
    }

    /** The figures a set of filters selects, checked (an unknown code is a 400) before anything is read. */
    public static final class Selection {
        private final Where where;
        private final Scope scope;

        private Selection(Where where, Scope scope) {
            this.where = where;
            this.scope = scope;
        }
    }

    public Selection select(FigureQuery.Parsed q) {
        return new Selection(filter(q), scope(q));
    }

    /**
     * Every figure of the selection in id order, read through a database cursor and handed on {@code batch} at a time:
     * memory stays constant however many match. Run it in a transaction: PostgreSQL keeps a cursor only with autocommit
     * off (otherwise the driver reads every row at once).
     */
    void stream(Selection selection, FigureService.ViewSink sink, int batch) throws IOException {
        Where w = scoped(selection.where, selection.scope);
        String sql = "select " + columns("f") + ", " + DOCUMENT_COLUMNS
                + " from figure f left join document d on d.id = f.document_id where " + w.sql() + " order by f.id";
        List<FigureView> views = new ArrayList<>(batch);
        // Read before the connection is taken, so that (unless a change lands during the export) no reload of the
        // places or sources has to wait for a connection while this one is held.
        places.ready();
        sources.ready();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, w.values);
            s.setFetchSize(batch);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    views.add(view(Row.read(rs)));
                    if (views.size() == batch) {
                        sink.accept(views);
                        views = new ArrayList<>(batch);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading figures failed: " + e.getMessage(), e);
        }
        if (!views.isEmpty()) {
            sink.accept(views);
        }
    }

    /** One figure with its citation, in one statement. */
    public Optional<FigureView> find(UUID id) {
        List<FigureView> found = query("select " + columns("f") + ", " + DOCUMENT_COLUMNS
                + " from figure f left join document d on d.id = f.document_id where f.id = ?", List.of(id));
        return found.stream().findFirst();
    }

    /** The filters other than the place; unknown codes are a 400, not an empty answer. */
    Where filter(FigureQuery.Parsed q) {
        Where w = new Where();
        if (q.metric() != null && !metrics.exists(q.metric())) {
            throw ProblemException.invalidParameter("metric", "unknown metric '" + q.metric() + "'; see GET /api/v1/metrics");
        }
        w.and("f.metric = ?", q.metric());
        w.and("f.kind = ?", q.kind() == null ? null : q.kind().wire());
        if (q.location() != null && places.find(q.location()).isEmpty()) {
            throw ProblemException.invalidParameter("location", "unknown location '" + q.location()
                    + "'; find codes with GET /api/v1/locations?q=name");
        }
        w.and("f.location_code in (select c.code from location c where c.country_code = ?)", q.country());
        if (q.source() != null && sources.find(q.source()).isEmpty()) {
            throw ProblemException.invalidParameter("source", "unknown source '" + q.source() + "'; see GET /api/v1/sources");
        }
        w.and("f.source_id = ?", q.source());
        w.and("f.source_id in (select s.id from source s where s.type = ?)", q.sourceType() == null ? null : q.sourceType().wire());
        if (q.statuses() != null) {
            if (q.statuses().isEmpty()) {
                w.and("1 = 0");
            } else {
                w.and("f.status in (" + String.join(", ", Collections.nCopies(q.statuses().size(), "?")) + ")",
                        q.statuses().stream().map(FigureStatus::wire).toArray());
            }
        }
        w.and("f.period_end >= ?", q.from());
        w.and("coalesce(f.period_start, f.period_end) <= ?", q.to());
        w.and("f.updated_at >= ?", q.updatedSince());
        // Breakdown parts given are exact filters (docs/counting.md#breakdowns): sex=female lists the figures of women.
        // The dimensions' wire names are their column names.
        q.breakdown().forEach((d, value) -> w.and("f." + d.wire() + " = ?", value));
        if (q.q() != null) {
            String text = "%" + q.q().toLowerCase() + "%";
            w.and("(lower(f.quote) like ? or lower(f.notes) like ? or lower(f.subject) like ? or lower(f.attributed_to) like ?)",
                    text, text, text, text);
        }
        return w;
    }

    private Scope scope(FigureQuery.Parsed q) {
        if (q.location() == null) {
            return Scope.ANYWHERE;
        }
        Places.Place place = places.find(q.location()).orElseThrow();
        if (!q.descendants()) {
            return new Scope(List.of(place.code()), null);
        }
        List<String> inside = places.within(place);
        return inside.size() <= MAX_PLACES ? new Scope(inside, null) : new Scope(null, place.path());
    }

    /** The columns of a figure row as {@link #read} reads them, over a figure (or a page of them) under {@code alias}. */
    private static String columns(String alias) {
        return FigureTable.selectList(alias) + ", " + alias + ".updated_at, " + alias + ".updated_by";
    }

    /**
     * The page's statement: the first {@code rows} figures in order (of each place, then merged), with their documents.
     * Appends the values to bind to {@code values}, in order.
     */
    private static String pageSql(Where where, Scope scope, Sort order, int rows, List<Object> values) {
        String inner;
        if (scope.places() != null && scope.places().size() > 1) {
            List<String> branches = new ArrayList<>();
            for (String code : scope.places()) {
                branches.add("(select " + columns("f") + " from figure f where f.location_code = ? and " + where.sql()
                        + " order by " + order.orderBy("f") + " limit ?)");
                values.add(code);
                values.addAll(where.values);
                values.add(rows);
            }
            inner = "select * from (" + String.join(" union all ", branches) + ") u order by " + order.orderBy("u") + " limit ?";
        } else {
            Where w = scoped(where, scope);
            inner = "select " + columns("f") + " from figure f where " + w.sql() + " order by " + order.orderBy("f") + " limit ?";
            values.addAll(w.values);
        }
        values.add(rows);
        return "select " + columns("f") + ", " + DOCUMENT_COLUMNS + " from (" + inner + ") f"
                + " left join document d on d.id = f.document_id order by " + order.orderBy("f");
    }

    /** The filters with the place as one condition (one place, a list of them, or a path). */
    private static Where scoped(Where where, Scope scope) {
        Where w = where.copy();
        if (scope.places() != null) {
            if (scope.places().size() == 1) {
                w.and("f.location_code = ?", scope.places().get(0));
            } else {
                w.and("f.location_code in (" + String.join(", ", Collections.nCopies(scope.places().size(), "?")) + ")",
                        scope.places().toArray());
            }
        } else if (scope.insidePath() != null) {
            w.and("f.location_code in (select l.code from location l where l.path like ?)", scope.insidePath() + "%");
        }
        return w;
    }

    private long count(Where where, Scope scope) {
        Where w = scoped(where, scope);
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) from figure f where " + w.sql())) {
            bind(s, w.values);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("counting figures failed: " + e.getMessage(), e);
        }
    }

    /**
     * The rows of a statement as views. The names are added after the connection is back in the pool: a reload of the
     * places or sources needs a connection, and requests that held theirs while waiting for that reload could take every
     * connection of the pool from it.
     */
    private List<FigureView> query(String sql, List<Object> values) {
        List<Row> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, values);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(Row.read(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading figures failed: " + e.getMessage(), e);
        }
        List<FigureView> views = new ArrayList<>(rows.size());
        for (Row r : rows) {
            views.add(view(r));
        }
        return views;
    }

    private static void bind(PreparedStatement s, List<Object> values) throws SQLException {
        int i = 1;
        for (Object v : values) {
            s.setObject(i++, v instanceof Instant t ? OffsetDateTime.ofInstant(t, ZoneOffset.UTC) : v);
        }
    }

    /** A row of {@link #columns} followed by the document's columns. */
    private record Row(FigureTable.Stored stored, OffsetDateTime updatedAt, UUID updatedBy, Citation document) {

        static Row read(ResultSet rs) throws SQLException {
            FigureTable.Stored stored = FigureTable.read(rs);
            Citation document = rs.getObject("doc_id") == null ? null : new Citation(rs.getString("doc_title"),
                    rs.getString("doc_publisher"), rs.getString("doc_url"), rs.getObject("doc_published_on", LocalDate.class));
            return new Row(stored, rs.getObject("updated_at", OffsetDateTime.class), rs.getObject("updated_by", UUID.class),
                    document);
        }
    }

    /** The view of a row, with the names of its place and source. */
    private FigureView view(Row r) {
        FigureFields f = r.stored().fields();
        Places.Place place = places.of(f.locationCode());
        SourceNames.Named source = sources.of(f.source());
        FigureView.Names names = new FigureView.Names(place == null ? null : place.name(), place == null ? null : place.countryCode(),
                source == null ? null : source.name(), source == null ? null : source.type(), r.document());
        return FigureView.of(r.stored().id(), f, names, new FigureView.Stamps(r.stored().createdAt(), r.updatedAt().toInstant(),
                r.stored().version(), r.stored().createdBy(), r.updatedBy()));
    }
}
