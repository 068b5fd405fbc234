package org.humstats.database;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.humstats.common.HumStatsConfig;
import org.jboss.logging.Logger;

/**
 * The first thing the service does: wait for the database, then bring its schema up to date, before anything else
 * reads or writes. Waiting matters after a crash, when H2 first recovers its file (longer than a connection may take
 * to open otherwise), and when the service starts before its PostgreSQL server. Instances starting together on one
 * PostgreSQL database migrate one at a time: Flyway locks the schema history while it works.
 */
@ApplicationScoped
class DatabaseStartup {

    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class);

    @Inject
    DataSource dataSource;

    @Inject
    Flyway flyway;

    @Inject
    HumStatsConfig config;

    void start(@Observes @Priority(1) StartupEvent event) {
        waitForDatabase(config.db().startupWait());
        flyway.migrate();
    }

    private void waitForDatabase(Duration patience) {
        long start = System.nanoTime();
        long deadline = start + patience.toNanos();
        SQLException last = null;
        int attempts = 0;
        while (System.nanoTime() < deadline) {
            attempts++;
            try (Connection c = dataSource.getConnection()) {
                if (attempts > 1) {
                    LOG.infof("The database answered after %d ms", (System.nanoTime() - start) / 1_000_000);
                }
                return;
            } catch (SQLException e) {
                last = e;
                if (attempts == 1) {
                    LOG.infof("Waiting for the database (up to %s): %s", patience, e.getMessage());
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        throw new IllegalStateException("The database did not answer within " + patience
                + " (humstats.db.startup-wait); the last error: " + (last == null ? "none" : last.getMessage()), last);
    }
}
