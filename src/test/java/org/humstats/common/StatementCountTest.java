package org.humstats.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a read costs the database, counted at the JDBC driver (every statement, whoever sends it): a page of figures, in
 * JSON or CSV, of one place or of an area with everything below it, is one statement and no transaction to commit. The
 * counter is {@link CountingDriver}; the seed's places are used (IQG15 Ninewa, IQG15Q05 one of its districts).
 */
@QuarkusTest
@TestProfile(StatementCountTest.Counted.class)
class StatementCountTest {

    /** The service on the counting driver. */
    public static class Counted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // No background reads of the change clock while statements are counted.
            return Map.of("quarkus.datasource.jdbc.driver", CountingDriver.class.getName(),
                    "humstats.data-clock.poll-interval", "1H");
        }
    }

    /** Sends the request twice (the first may fill caches), and returns the statements the second one sent. */
    private static List<String> statementsOf(String path) {
        given().get(path).then().statusCode(200);
        CountingDriver.reset();
        Response r = given().get(path);
        List<String> sent = CountingDriver.statements();
        assertEquals(200, r.statusCode(), path + ": " + r.asString());
        assertEquals(0, CountingDriver.commits(), path + " committed a transaction; statements: " + sent);
        return sent;
    }

    private static void assertOneStatement(String path) {
        List<String> sent = statementsOf(path);
        assertEquals(1, sent.size(), path + " sent " + sent.size() + " statements: " + sent);
    }

    @Test
    void shouldListTheFiguresOfOnePlaceInOneStatement() {
        assertOneStatement("/api/v1/figures?location=IQG15Q05&limit=5");
        assertOneStatement("/api/v1/figures?location=IQG15Q05&limit=5&format=csv");
    }

    @Test
    void shouldListTheFiguresOfAnAreaAndEverythingInsideItInOneStatement() {
        assertOneStatement("/api/v1/figures?location=IQG15&limit=100");
        assertOneStatement("/api/v1/figures?location=IQG15&limit=100&format=csv");
        assertOneStatement("/api/v1/figures?location=IRQ&metric=displaced&status=all&limit=3");
    }

    @Test
    void shouldListWithOtherFiltersAndLaterPagesInOneStatement() {
        assertOneStatement("/api/v1/figures?country=IRQ&source_type=un_agency&kind=flow");
        assertOneStatement("/api/v1/figures?metric=displaced&sort=value");
        String next = given().get("/api/v1/figures?location=IQG15&limit=2").then().statusCode(200)
                .extract().path("page.next_cursor");
        assertTrue(next != null, "the seed has more than two figures in Ninewa");
        assertOneStatement("/api/v1/figures?location=IQG15&limit=2&cursor=" + next);
    }

    @Test
    void shouldReadOneFigureInOneStatement() {
        assertOneStatement("/api/v1/figures/5eed0f00-0000-4000-8000-000000000001");
    }

    @Test
    void shouldListReferenceDataInAtMostOneStatement() {
        for (String path : List.of("/api/v1/sources", "/api/v1/locations?country=IRQ", "/api/v1/documents", "/api/v1/metrics")) {
            List<String> sent = statementsOf(path);
            assertTrue(sent.size() <= 1, path + " sent " + sent.size() + " statements: " + sent);
        }
    }
}
