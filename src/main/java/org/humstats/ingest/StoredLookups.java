package org.humstats.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.humstats.database.Dialect;
import org.humstats.database.Dialect.ArrayColumn;
import org.humstats.document.Citation;
import org.humstats.figure.FigureFields;
import org.humstats.figure.FigureTable;
import org.humstats.figure.FigureTable.Stored;

/**
 * The import's questions to the database, on a connection of the reading thread's own (outside the import's
 * transaction: it cannot see this import's writes, which {@link RowCheck} makes up for). Lists of ids and keys are
 * joined as arrays, so each is one statement and one index probe per key on both databases.
 */
final class StoredLookups implements DocumentResolution.Lookup, FigureMatcher.Lookup {

    private static final ArrayColumn ID = new ArrayColumn("id", "uuid");
    private static final List<ArrayColumn> KEY = List.of(new ArrayColumn("metric", "varchar"),
            new ArrayColumn("kind", "varchar"), new ArrayColumn("location_code", "varchar"),
            new ArrayColumn("period_end", "date"));

    private final Connection connection;
    private final Dialect dialect;

    StoredLookups(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    @Override
    public Map<UUID, Citation> byIds(Set<UUID> ids) throws SQLException {
        Map<UUID, Citation> found = new HashMap<>();
        String sql = "select d.id, d.title, d.publisher, d.url, d.published_on from "
                + dialect.arrayTable("k", List.of(ID)) + " join document d on d.id = k.id";
        try (PreparedStatement q = connection.prepareStatement(sql)) {
            dialect.bindArray(q, 1, ID, List.copyOf(ids));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getObject(1, UUID.class), new Citation(rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getObject(5, LocalDate.class)));
                }
            }
        }
        return found;
    }

    @Override
    public UUID byCitation(Citation c) throws SQLException {
        try (PreparedStatement q = connection.prepareStatement("select id from document where title = ? and publisher is "
                + "not distinct from ? and url is not distinct from ? and published_on is not distinct from ? order by "
                + "created_at, id")) {
            q.setString(1, c.title());
            q.setString(2, c.publisher());
            q.setString(3, c.url());
            q.setObject(4, c.publishedOn(), Types.DATE);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getObject(1, UUID.class) : null;
            }
        }
    }

    @Override
    public Map<UUID, Stored> byIds(List<UUID> ids) throws SQLException {
        Map<UUID, Stored> found = new HashMap<>();
        String sql = "select " + FigureTable.selectList("f") + " from " + dialect.arrayTable("k", List.of(ID))
                + " join figure f on f.id = k.id";
        try (PreparedStatement q = connection.prepareStatement(sql)) {
            dialect.bindArray(q, 1, ID, ids);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    Stored s = FigureTable.read(rs);
                    found.put(s.id(), s);
                }
            }
        }
        return found;
    }

    /** Joined on the first columns of the counting index (V5), so each key is one index range. */
    @Override
    public List<Stored> byKeys(List<FigureFields> keys) throws SQLException {
        Set<List<Object>> distinct = new HashSet<>();
        List<String> metrics = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        List<String> locations = new ArrayList<>();
        List<LocalDate> ends = new ArrayList<>();
        for (FigureFields k : keys) {
            if (distinct.add(List.of(k.metric(), k.kind(), k.locationCode(), k.periodEnd()))) {
                metrics.add(k.metric());
                kinds.add(k.kind().wire());
                locations.add(k.locationCode());
                ends.add(k.periodEnd());
            }
        }
        String sql = "select " + FigureTable.selectList("f") + " from " + dialect.arrayTable("k", KEY)
                + " join figure f on f.metric = k.metric and f.kind = k.kind and f.location_code = k.location_code"
                + " and f.period_end = k.period_end";
        List<Stored> found = new ArrayList<>();
        try (PreparedStatement q = connection.prepareStatement(sql)) {
            dialect.bindArray(q, 1, KEY.get(0), metrics);
            dialect.bindArray(q, 2, KEY.get(1), kinds);
            dialect.bindArray(q, 3, KEY.get(2), locations);
            dialect.bindArray(q, 4, KEY.get(3), ends);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    found.add(FigureTable.read(rs));
                }
            }
        }
        return found;
    }
}
