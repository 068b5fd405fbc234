package org.humstats.figure;

import static io.restassured.RestAssured.given;
import static org.humstats.Fixtures.asAdmin;
import static org.humstats.Fixtures.createSource;
import static org.humstats.Fixtures.flow;
import static org.humstats.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Lists show places and sources from memory; they must still follow changes made by another instance of the service,
 * which this instance only learns of through the shared change clock. "Another instance" is played here by statements
 * sent straight to the database, as that instance's write would leave it.
 */
@QuarkusTest
class FigureListFreshnessTest {

    @Inject
    DataSource dataSource;

    @Test
    void shouldShowASourceRenamedByAnotherInstanceWithinSeconds() throws Exception {
        String source = unique("fresh");
        createSource(source, 0);
        asAdmin().body(flow("IQG15Q05", source, 70, "2016-03-01", "2016-03-31")).post("/api/v1/figures").then().statusCode(201);
        String path = "/api/v1/figures?source=" + source;
        given().get(path).then().statusCode(200).body("data[0].source_name", org.hamcrest.Matchers.is("Source " + source));

        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("update source set name = ? where id = ?")) {
                s.setString(1, "Renamed elsewhere " + source);
                s.setString(2, source);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("update change_clock set changed_at = ? where id = 1")) {
                s.setTimestamp(1, Timestamp.from(Instant.now()));
                s.executeUpdate();
            }
        }

        String seen = null;
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < deadline) {
            seen = given().get(path).then().statusCode(200).extract().path("data[0].source_name");
            if (seen.startsWith("Renamed")) {
                break;
            }
            Thread.sleep(200);
        }
        assertEquals("Renamed elsewhere " + source, seen, "the list never showed the other instance's change");
    }
}
