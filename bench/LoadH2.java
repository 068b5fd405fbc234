import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * Loads the CSV files of bench/GenerateData.java into a migrated, empty HumStats H2 file database.
 *
 * <pre>java -cp h2-VERSION.jar bench/LoadH2.java JDBC_URL DATA_DIR</pre>
 *
 * The small tables go in with CSVREAD. The figures go in through batched inserts committed every 20,000 rows: one
 * statement inserting all 1,000,000 in a single transaction (the first attempt) kept every change of the seven
 * figure indexes in H2's undo log and grew the file to 10 GB without finishing. The generator writes no quotes and
 * no commas inside values, so a line splits on commas; an empty field is NULL.
 */
public class LoadH2 {

    private static final int COMMIT_EVERY = 20_000;

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java -cp h2.jar bench/LoadH2.java JDBC_URL DATA_DIR");
            System.exit(2);
        }
        Path dir = Path.of(args[1]);
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(args[0], "sa", "")) {
            try (Statement s = c.createStatement()) {
                s.execute("insert into source (id, name, acronym, type, url, priority, created_at, updated_at, version)"
                        + " select * from csvread('" + dir.resolve("source.csv") + "')");
                s.execute("insert into document (id, title, publisher, url, published_on, retrieved_at, language,"
                        + " created_at, updated_at, version) select * from csvread('" + dir.resolve("document.csv") + "')");
                s.execute("insert into location (code, name, type, admin_level, parent_code, country_code, lat, lon,"
                        + " valid_from, path, created_at, updated_at, version)"
                        + " select * from csvread('" + dir.resolve("location.csv") + "')");
                s.execute("insert into location_name (location_code, name, folded, is_alias)"
                        + " select * from csvread('" + dir.resolve("location_name.csv") + "')");
            }
            c.setAutoCommit(false);
            long rows = 0;
            try (BufferedReader in = Files.newBufferedReader(dir.resolve("figure.csv"), StandardCharsets.UTF_8)) {
                String[] header = in.readLine().split(",", -1);
                String sql = "insert into figure (" + String.join(", ", header) + ") values ("
                        + "?, ".repeat(header.length - 1) + "?)";
                try (PreparedStatement insert = c.prepareStatement(sql)) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        String[] fields = line.split(",", -1);
                        if (fields.length != header.length) {
                            throw new IllegalStateException("line " + (rows + 2) + ": " + fields.length + " fields");
                        }
                        for (int i = 0; i < fields.length; i++) {
                            insert.setString(i + 1, fields[i].isEmpty() ? null : fields[i]);
                        }
                        insert.addBatch();
                        if (++rows % COMMIT_EVERY == 0) {
                            insert.executeBatch();
                            c.commit();
                            if (rows % 200_000 == 0) {
                                System.err.printf("%,d figures after %.0f s%n", rows, (System.nanoTime() - started) / 1e9);
                            }
                        }
                    }
                    insert.executeBatch();
                    c.commit();
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("analyze");
            }
            c.commit();
            System.err.printf("%,d figures loaded in %.0f s%n", rows, (System.nanoTime() - started) / 1e9);
        }
    }
}
