package org.humstats.integrity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import io.smallrye.health.api.Wellness;

/**
 * The stored-row check at {@code /q/health/well}: UP while it runs and when every stored row is readable, DOWN with the
 * count and the first rows (table, key, column) otherwise. Not part of readiness: such rows are a data problem for an
 * editor, not a reason to stop serving.
 */
@Wellness
@ApplicationScoped
class StoredRowHealth implements HealthCheck {

    @Inject
    StoredRowCheck check;

    @Override
    public HealthCheckResponse call() {
        StoredRowCheck.Report r = check.report();
        HealthCheckResponseBuilder b = HealthCheckResponse.named("stored-rows");
        if (!r.done()) {
            return b.up().withData("state", "running").build();
        }
        if (r.failure() != null) {
            return b.down().withData("state", "failed").build();
        }
        b.withData("state", "done").withData("rows", r.rows()).withData("millis", r.millis()).withData("problems", r.problems());
        int i = 0;
        for (StoredRowCheck.Problem p : r.listed()) {
            if (i++ == 10) {
                break;
            }
            b.withData("problem_" + i, p.table() + " " + p.key() + " " + p.column() + ": " + p.message());
        }
        return r.problems() == 0 ? b.up().build() : b.down().build();
    }
}
