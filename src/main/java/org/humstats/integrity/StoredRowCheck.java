package org.humstats.integrity;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.humstats.common.StoredValues;
import org.jboss.logging.Logger;

/**
 * Finds stored rows that the entrances would refuse today: text with a lone UTF-16 surrogate or a control character
 * (other than tab, carriage return, line feed), counts below 0 or above {@link StoredValues#MAX_COUNT}, dates outside
 * {@link StoredValues#MIN_DATE}..{@link StoredValues#MAX_DATE}. Such rows can only come from before these checks (or
 * from a hand-edited database); they break reads (the change feed, aggregates), so an operator must know of them.
 *
 * <p>It runs once per start, on a thread of its own after start-up, so the service answers meanwhile and starts no
 * slower: each table is read once through a cursor, a row at a time. Each problem is logged (WARN, the first
 * {@link #LISTED} in full), and the result is the {@code stored-rows} check of {@code /q/health/well}.
 */
@ApplicationScoped
public class StoredRowCheck {

    private static final Logger LOG = Logger.getLogger(StoredRowCheck.class);
    /** Problems kept for the report and logged one by one; beyond them only counted. */
    static final int LISTED = 100;

    /** A stored column and what it may hold. */
    private enum Rule { TEXT, COUNT, DATE }

    /** The table, its key and the columns read, each with its rule. */
    private record Table(String name, String key, List<String> columns, List<Rule> rules) {
    }

    private static Table table(String name, String key, Object... columnsAndRules) {
        List<String> columns = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < columnsAndRules.length; i += 2) {
            columns.add((String) columnsAndRules[i]);
            rules.add((Rule) columnsAndRules[i + 1]);
        }
        return new Table(name, key, columns, rules);
    }

    private static final List<Table> TABLES = List.of(
            table("figure", "id", "best_value", Rule.COUNT, "low_value", Rule.COUNT, "high_value", Rule.COUNT,
                    "period_start", Rule.DATE, "period_end", Rule.DATE, "attributed_to", Rule.TEXT, "subject", Rule.TEXT,
                    "quote", Rule.TEXT, "notes", Rule.TEXT, "status_reason", Rule.TEXT),
            table("source", "id", "name", Rule.TEXT, "acronym", Rule.TEXT, "url", Rule.TEXT),
            table("source_alias", "source_id", "alias", Rule.TEXT),
            table("document", "id", "title", Rule.TEXT, "url", Rule.TEXT, "published_on", Rule.DATE),
            table("location", "code", "name", Rule.TEXT, "valid_from", Rule.DATE),
            table("location_name", "location_code", "name", Rule.TEXT),
            table("api_key", "id", "name", Rule.TEXT),
            table("extraction", "id", "report_text", Rule.TEXT),
            table("extraction_candidate", "id", "best_value", Rule.COUNT, "low_value", Rule.COUNT, "high_value", Rule.COUNT,
                    "period_start", Rule.DATE, "period_end", Rule.DATE, "quote", Rule.TEXT, "attributed_to", Rule.TEXT));

    /** One stored value the entrances would refuse. */
    public record Problem(String table, String key, String column, String message) {
    }

    /** The outcome of a check: how many rows were read, in how long, and what was found. */
    public record Report(boolean done, long rows, long millis, long problems, List<Problem> listed, String failure) {
        static final Report PENDING = new Report(false, 0, 0, 0, List.of(), null);
    }

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "humstats.stored-row-check.enabled", defaultValue = "true")
    boolean enabled;

    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "stored-row-check");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    private volatile Report report = Report.PENDING;

    /** After the schema is migrated and the seed loaded (they observe start-up with a higher priority). */
    void start(@Observes @Priority(1000) StartupEvent event) {
        if (enabled) {
            runner.submit(this::runAndKeep);
        }
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }

    public Report report() {
        return report;
    }

    private void runAndKeep() {
        try {
            report = run();
        } catch (RuntimeException | SQLException e) {
            LOG.warn("The stored-row check could not finish: " + e);
            report = new Report(true, 0, 0, 0, List.of(), e.getMessage());
        }
    }

    /** Reads every table once; public for the test and the benchmark, which wait for it. */
    public Report run() throws SQLException {
        long start = System.nanoTime();
        long rows = 0;
        long problems = 0;
        List<Problem> listed = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false); // PostgreSQL reads through a cursor only outside autocommit
            c.setReadOnly(true);
            try {
                for (Table t : TABLES) {
                    String sql = "select " + t.key() + ", " + String.join(", ", t.columns()) + " from " + t.name();
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        ps.setFetchSize(500);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                rows++;
                                for (int i = 0; i < t.columns().size(); i++) {
                                    String message = check(t.rules().get(i), rs, i + 2);
                                    if (message != null) {
                                        problems++;
                                        if (listed.size() < LISTED) {
                                            Problem p = new Problem(t.name(), rs.getString(1), t.columns().get(i), message);
                                            listed.add(p);
                                            LOG.warnf("Stored row that cannot be read safely: %s %s, column %s %s", p.table(),
                                                    p.key(), p.column(), p.message());
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            } finally {
                c.rollback(); // nothing was written; ends the read-only transaction before the connection is reset
                c.setReadOnly(false);
                c.setAutoCommit(autoCommit);
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (problems == 0) {
            LOG.infof("Stored-row check: %d rows read in %d ms, every one readable", rows, millis);
        } else {
            LOG.warnf("Stored-row check: %d rows read in %d ms, %d stored values the entrances would refuse (see above and "
                    + "/q/health/well); correct them with PUT or PATCH", rows, millis, problems);
        }
        return new Report(true, rows, millis, problems, List.copyOf(listed), null);
    }

    private static String check(Rule rule, ResultSet rs, int column) throws SQLException {
        return switch (rule) {
            case TEXT -> StoredValues.textProblem(rs.getString(column));
            case COUNT -> {
                long n = rs.getLong(column);
                yield rs.wasNull() ? null : StoredValues.countProblem(n);
            }
            case DATE -> StoredValues.dateProblem(rs.getObject(column, LocalDate.class));
        };
    }
}
