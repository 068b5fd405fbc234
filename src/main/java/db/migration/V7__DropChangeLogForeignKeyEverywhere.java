package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Finishes what V6 began, on both databases alike: the change log's foreign key to figure protects nothing (figures
 * are never deleted, and each change-log row is written in the transaction that writes its figure) and costs an index
 * probe per logged change. V6 dropped it by the name PostgreSQL gives it; H2 names it differently, so it stayed
 * there. Here the name is read from the information schema, which both databases have, and the constraint dropped
 * whatever it is called. A Java migration because plain SQL cannot drop a constraint whose name it does not know.
 */
public class V7__DropChangeLogForeignKeyEverywhere extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        List<String> names = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("select constraint_name from information_schema.table_constraints "
                + "where lower(table_name) = 'figure_change' and constraint_type = 'FOREIGN KEY'")) {
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        try (Statement s = c.createStatement()) {
            for (String name : names) {
                s.execute("alter table figure_change drop constraint \"" + name.replace("\"", "\"\"") + "\"");
            }
        }
    }
}
