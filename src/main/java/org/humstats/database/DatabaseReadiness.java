package org.humstats.database;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Readiness: whether the database answers. It replaces Quarkus's own datasource check, whose message names the
 * database's host and port to whoever asks {@code /q/health}; the reason for a failure goes to the log instead.
 */
@Readiness
@ApplicationScoped
class DatabaseReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class);
    private static final int VALIDATION_SECONDS = 2;

    @Inject
    AgroalDataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var answer = HealthCheckResponse.named("Database connection");
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(VALIDATION_SECONDS)) {
                return answer.up().build();
            }
            LOG.warn("Readiness: the database did not answer a validation within " + VALIDATION_SECONDS + " s");
        } catch (SQLException e) {
            LOG.warn("Readiness: cannot reach the database: " + e.getMessage());
        }
        return answer.down().withData("reason", "the database cannot be reached; the service answers 503 until it can").build();
    }
}
