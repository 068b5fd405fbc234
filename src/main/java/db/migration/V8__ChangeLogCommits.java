package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Numbers the change log by commit, not by row, so that a long import no longer holds the change clock's lock from its
 * first batch to its commit (every other writer waited behind it: 55 s on PostgreSQL, a lock timeout on H2).
 *
 * <p>Each writing transaction now takes a commit id from a sequence (no lock) when it logs its first change, writes its
 * change rows under that id and their position in the transaction, and only as its very last step takes the clock's
 * lock to give the commit its number ({@code change_commit.seq}). Numbers still follow commit order, for the same
 * reason as before (V2): the lock is held until commit, so a later writer gets the next number only after the earlier
 * one is visible. The partner feed reads commits in number order and their rows in position order.
 *
 * <p>Existing rows become one commit each, numbered as they were, so partners' stored cursors keep their meaning.
 * Java because the primary key's name differs between the databases and the sequence must start after the rows
 * already numbered; everything else is plain SQL that both databases take.
 */
public class V8__ChangeLogCommits extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("create table change_commit ("
                    + " seq bigint primary key,"
                    + " id bigint not null,"
                    + " committed_at timestamp with time zone not null,"
                    + " row_count integer not null)");
            s.execute("create unique index change_commit_id_idx on change_commit (id)");
            s.execute("alter table figure_change add column commit_id bigint");
            s.execute("alter table figure_change add column pos integer");
            s.execute("update figure_change set commit_id = seq, pos = 0");
            s.execute("insert into change_commit (seq, id, committed_at, row_count) select seq, seq, changed_at, 1 from figure_change");
            long next;
            try (ResultSet rs = s.executeQuery("select coalesce(max(seq), 0) + 1 from figure_change")) {
                rs.next();
                next = rs.getLong(1);
            }
            s.execute("create sequence change_commit_id start with " + next);
            String primaryKey = null;
            try (PreparedStatement q = c.prepareStatement("select constraint_name from information_schema.table_constraints "
                    + "where lower(table_name) = 'figure_change' and constraint_type = 'PRIMARY KEY'");
                 ResultSet rs = q.executeQuery()) {
                if (rs.next()) {
                    primaryKey = rs.getString(1);
                }
            }
            if (primaryKey != null) {
                s.execute("alter table figure_change drop constraint \"" + primaryKey.replace("\"", "\"\"") + "\"");
            }
            s.execute("alter table figure_change alter column commit_id set not null");
            s.execute("alter table figure_change alter column pos set not null");
            s.execute("alter table figure_change add primary key (commit_id, pos)");
            s.execute("drop index figure_change_figure_idx");
            s.execute("drop index figure_change_time_idx");
            s.execute("alter table figure_change drop column seq");
            s.execute("alter table figure_change drop column changed_at");
            s.execute("create index figure_change_figure_idx on figure_change (figure_id, commit_id)");
        }
    }
}
