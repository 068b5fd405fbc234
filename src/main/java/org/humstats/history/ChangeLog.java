package org.humstats.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.humstats.database.Dialect;

/**
 * Writes the change log: each change with a full snapshot of the entity after it, as part of the transaction that
 * makes the change.
 *
 * <p>A transaction's changes form one commit (V8__ChangeLogCommits): its rows are written as they come, under a commit
 * id taken from a sequence, and only when the transaction is about to commit does it take the change clock's lock and
 * number the commit. The lock is held from there to the commit, so numbers follow commit order, and a bulk import of a
 * million figures holds it for a moment at its end rather than for its whole run.
 */
@ApplicationScoped
public class ChangeLog {

    private static final List<Dialect.Column> COLUMNS = List.of(new Dialect.Column("commit_id", Types.BIGINT),
            new Dialect.Column("pos", Types.INTEGER), new Dialect.Column("figure_id", Types.OTHER),
            new Dialect.Column("change_type", Types.VARCHAR), new Dialect.Column("key_id", Types.OTHER),
            new Dialect.Column("figure_json", Types.VARCHAR));

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Dialect dialect;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    DataSource dataSource;

    /**
     * One change of one entity.
     *
     * @param after the entity as it is after the change, as the API shows it
     * @param keyId the API key that made the change
     */
    public record Entry(ChangeType type, UUID entityId, Object after, UUID keyId) {
    }

    /** An entry with its snapshot already written as JSON (a bulk import does that on the thread that checks rows). */
    public record Rendered(ChangeType type, UUID entityId, UUID keyId, String json) {
    }

    /** The current transaction's commit: its id, and how many rows it has logged so far. */
    private static final class Commit {
        final long id;
        int rows;

        Commit(long id) {
            this.id = id;
        }
    }

    public Rendered render(Entry e) {
        try {
            return new Rendered(e.type(), e.entityId(), e.keyId(), json.writeValueAsString(e.after()));
        } catch (JsonProcessingException x) {
            throw new IllegalStateException("entity " + e.entityId() + " cannot be written as JSON", x);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(List<Entry> entries) {
        recordRendered(entries.stream().map(this::render).toList());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordRendered(List<Rendered> entries) {
        if (entries.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            Commit commit = commit(connection);
            List<Object[]> rows = new ArrayList<>(entries.size());
            for (Rendered e : entries) {
                rows.add(new Object[] {commit.id, commit.rows++, e.entityId(), e.type().wire(), e.keyId(), e.json()});
            }
            dialect.insert(connection, "figure_change", COLUMNS, rows);
        });
    }

    /** The transaction's commit, begun (and its numbering arranged) on the first change it logs. */
    private Commit commit(Connection connection) throws SQLException {
        Commit commit = (Commit) transactions.getResource(Commit.class);
        if (commit == null) {
            try (PreparedStatement next = connection.prepareStatement(dialect.nextValue("change_commit_id"));
                 ResultSet rs = next.executeQuery()) {
                rs.next();
                commit = new Commit(rs.getLong(1));
            }
            transactions.putResource(Commit.class, commit);
            Commit numbered = commit;
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    number(numbered);
                }

                @Override
                public void afterCompletion(int status) {
                }
            });
        }
        return commit;
    }

    /**
     * The last step before commit: the next number under the clock's lock, held until the commit. On the transaction's
     * own connection (the data source hands it out again within the transaction), closed before the commit.
     */
    private void number(Commit commit) {
        Instant now = Instant.now();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement bump = connection.prepareStatement(
                    "update change_clock set last_seq = last_seq + 1, changed_at = ? where id = 1")) {
                bump.setTimestamp(1, Timestamp.from(now));
                bump.executeUpdate();
            }
            long seq;
            try (PreparedStatement read = connection.prepareStatement("select last_seq from change_clock where id = 1");
                 ResultSet rs = read.executeQuery()) {
                rs.next();
                seq = rs.getLong(1);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into change_commit (seq, id, committed_at, row_count) values (?, ?, ?, ?)")) {
                insert.setLong(1, seq);
                insert.setLong(2, commit.id);
                insert.setTimestamp(3, Timestamp.from(now));
                insert.setInt(4, commit.rows);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Numbering the commit in the change log failed: " + e.getMessage(), e);
        }
    }
}
