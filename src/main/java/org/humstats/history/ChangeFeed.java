package org.humstats.history;

import com.fasterxml.jackson.annotation.JsonRawValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.humstats.common.Cursor;
import org.humstats.common.ProblemException;
import org.humstats.database.Dialect;
import org.humstats.database.Dialect.ArrayColumn;

/**
 * Reads the change log in commit order, strictly after a cursor: commits by their number, each commit's changes in the
 * order they were made. A cursor names a commit and a position in it, so a page may end in the middle of a large
 * import and the next one goes on from there.
 */
@ApplicationScoped
class ChangeFeed {

    private static final ArrayColumn COMMIT_ID = new ArrayColumn("id", "bigint");
    private static final ArrayColumn COMMIT_SEQ = new ArrayColumn("seq", "bigint");

    @Inject
    DataSource dataSource;

    @Inject
    Dialect dialect;

    /** One item of the feed; {@code figure} is the stored snapshot, sent as it was written. */
    record Change(String cursor, ChangeType change, Instant changedAt, @JsonRawValue String figure) {
    }

    record Result(List<Change> data, String nextCursor) {
    }

    private record Commit(long seq, long id, Instant committedAt, int rows) {
    }

    /** A position in the feed: after change {@code pos} of commit {@code seq} (-1: before its first change). */
    private record Position(long seq, int pos) {
    }

    Result since(String cursor, int limit) {
        Position after = cursor == null ? new Position(0, Integer.MAX_VALUE) : positionOf(cursor);
        List<Change> data = new ArrayList<>(Math.min(limit, 1000));
        try (Connection c = dataSource.getConnection()) {
            Commit current = after.pos() == Integer.MAX_VALUE ? null : commitNumbered(c, after.seq());
            if (current != null && after.pos() + 1 < current.rows()) {
                readOne(c, current, after.pos(), limit, data);
            }
            long lastSeq = after.seq();
            while (data.size() < limit) {
                List<Commit> commits = commitsAfter(c, lastSeq, limit - data.size());
                if (commits.isEmpty()) {
                    break;
                }
                // Whole commits in one statement while they fit the page; the next, larger one on its own.
                int room = limit - data.size();
                List<Commit> whole = new ArrayList<>();
                for (Commit k : commits) {
                    if (k.rows() > room) {
                        break;
                    }
                    whole.add(k);
                    room -= k.rows();
                }
                if (whole.isEmpty()) {
                    readOne(c, commits.get(0), -1, limit - data.size(), data);
                    break;
                }
                readWhole(c, whole, data);
                lastSeq = whole.get(whole.size() - 1).seq();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the change log failed: " + e.getMessage(), e);
        }
        // Always a cursor: with nothing new, the same position, so a partner can simply store it and poll again.
        String next = data.isEmpty() ? (cursor == null ? encode(new Position(0, Integer.MAX_VALUE)) : cursor)
                : data.get(data.size() - 1).cursor();
        return new Result(data, next);
    }

    private Commit commitNumbered(Connection c, long seq) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select seq, id, committed_at, row_count from change_commit where seq = ?")) {
            q.setLong(1, seq);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? commit(rs) : null;
            }
        }
    }

    /** At most {@code max} commits after {@code seq}: each has at least one change, so no more can fill a page. */
    private List<Commit> commitsAfter(Connection c, long seq, int max) throws SQLException {
        List<Commit> commits = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("select seq, id, committed_at, row_count from change_commit "
                + "where seq > ? order by seq fetch first " + max + " rows only")) {
            q.setLong(1, seq);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    commits.add(commit(rs));
                }
            }
        }
        return commits;
    }

    /** Changes of one commit after position {@code afterPos}, at most {@code max}: one index range. */
    private void readOne(Connection c, Commit commit, int afterPos, int max, List<Change> data) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select pos, change_type, figure_json from figure_change "
                + "where commit_id = ? and pos > ? order by pos fetch first " + max + " rows only")) {
            q.setLong(1, commit.id());
            q.setInt(2, afterPos);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    data.add(change(commit.seq(), rs.getInt(1), rs.getString(2), commit.committedAt(), rs.getString(3)));
                }
            }
        }
    }

    /** Every change of the given commits, in commit order and then in the order made. */
    private void readWhole(Connection c, List<Commit> commits, List<Change> data) throws SQLException {
        String sql = "select k.seq, f.pos, f.change_type, f.figure_json from "
                + dialect.arrayTable("k", List.of(COMMIT_ID, COMMIT_SEQ)) + " join figure_change f on f.commit_id = k.id "
                + "order by k.seq, f.pos";
        try (PreparedStatement q = c.prepareStatement(sql)) {
            dialect.bindArray(q, 1, COMMIT_ID, commits.stream().map(Commit::id).toList());
            dialect.bindArray(q, 2, COMMIT_SEQ, commits.stream().map(Commit::seq).toList());
            int i = 0;
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    long seq = rs.getLong(1);
                    while (commits.get(i).seq() != seq) {
                        i++;
                    }
                    data.add(change(seq, rs.getInt(2), rs.getString(3), commits.get(i).committedAt(), rs.getString(4)));
                }
            }
        }
    }

    private static Commit commit(ResultSet rs) throws SQLException {
        return new Commit(rs.getLong(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getInt(4));
    }

    private static Change change(long seq, int pos, String type, Instant at, String json) {
        return new Change(encode(new Position(seq, pos)), ChangeType.valueOf(type.toUpperCase()), at, json);
    }

    /**
     * Cursors name the commit and the position in it. Cursors given out before commits had several changes name only
     * the change's number; each of those changes is a commit of its own now, under the same number, so they read as
     * "after the whole of that commit".
     */
    private static String encode(Position p) {
        return p.pos() == Integer.MAX_VALUE ? Cursor.of("changes", Long.toString(p.seq())).encode()
                : Cursor.of("changes", Long.toString(p.seq()), Integer.toString(p.pos())).encode();
    }

    private static Position positionOf(String cursor) {
        Cursor c = Cursor.decode(cursor, List.of(2, 3), "since");
        try {
            if (!c.get(0).equals("changes")) {
                throw new NumberFormatException();
            }
            long seq = Long.parseLong(c.get(1));
            int pos = c.values().size() == 3 ? Integer.parseInt(c.get(2)) : Integer.MAX_VALUE;
            if (seq < 0 || pos < 0) {
                throw new NumberFormatException();
            }
            return new Position(seq, pos);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter("since", "not a cursor of this feed; use page.next_cursor as it is");
        }
    }
}
