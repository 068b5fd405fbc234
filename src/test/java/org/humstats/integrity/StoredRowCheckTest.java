package org.humstats.integrity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.humstats.Fixtures.asAdmin;
import static org.humstats.Fixtures.createSource;
import static org.humstats.Fixtures.flow;
import static org.humstats.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Rows stored before the entrances refused them (written here straight into the tables) are found and named. */
@QuarkusTest
class StoredRowCheckTest {

    @Inject
    StoredRowCheck check;

    @Inject
    DataSource dataSource;

    private void sql(String statement, Object... params) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(statement)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            assertEquals(1, ps.executeUpdate());
        }
    }

    @Test
    void shouldFindTextCountsAndDatesTheEntrancesWouldRefuse() throws Exception {
        String source = unique("old-rows");
        createSource(source, 0);
        String id = asAdmin().body(flow("SY0902", source, 10, "2014-01-01", "2014-01-31")).post("/api/v1/figures")
                .then().statusCode(201).extract().path("id");
        StoredRowCheck.Report clean = check.run();
        assertTrue(clean.done());
        assertTrue(clean.rows() > 0);
        List<StoredRowCheck.Problem> before = clean.listed();
        try {
            sql("update source set name = ? where id = ?", "Bell\u0007 source", source);
            sql("update figure set best_value = ?, period_start = ? where id = ?", Long.MAX_VALUE,
                    java.time.LocalDate.of(1, 1, 1), UUID.fromString(id));
            StoredRowCheck.Report found = check.run();
            List<StoredRowCheck.Problem> fresh = found.listed().stream().filter(p -> !before.contains(p)).toList();
            assertEquals(java.util.Set.of("source " + source + " name", "figure " + id + " best_value", "figure " + id + " period_start"),
                    fresh.stream().map(p -> p.table() + " " + p.key() + " " + p.column()).collect(java.util.stream.Collectors.toSet()));
            assertEquals(clean.problems() + 3, found.problems());
        } finally {
            sql("update source set name = ? where id = ?", "Source " + source, source);
            sql("update figure set best_value = ?, period_start = ? where id = ?", 10L, java.time.LocalDate.of(2014, 1, 1),
                    UUID.fromString(id));
        }
        assertEquals(clean.problems(), check.run().problems());
        // The check of the start is reported apart from readiness.
        given().get("/q/health/well").then().body("checks.name", hasItem("stored-rows"));
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
    }
}
