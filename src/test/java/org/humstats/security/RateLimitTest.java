package org.humstats.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.humstats.Fixtures.as;
import static org.humstats.Fixtures.asAdmin;
import static org.humstats.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** With small limits (and a public base URL, so both settings cost one start of the service). */
@QuarkusTest
@TestProfile(RateLimitTest.SmallLimits.class)
class RateLimitTest {

    static final int ANONYMOUS = 5;
    static final int PER_KEY = 8;

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("humstats.rate-limit.anonymous-per-minute", String.valueOf(ANONYMOUS),
                    "humstats.rate-limit.key-per-minute", String.valueOf(PER_KEY),
                    "humstats.public-base-url", "https://api.example.org/");
        }
    }

    /** Sends until the first 429 (at most {@code max} requests) and returns how many were answered before it. */
    private static int answeredBefore429(Supplier<RequestSpecification> request, String path, int max) {
        for (int i = 0; i < max; i++) {
            Response r = request.get().get(path);
            if (r.statusCode() == 429) {
                r.then().contentType("application/problem+json").body("status", is(429))
                        .header("RateLimit-Remaining", "0");
                assertTrue(Integer.parseInt(r.header("Retry-After")) >= 1, "Retry-After: " + r.header("Retry-After"));
                return i;
            }
            assertEquals(200, r.statusCode());
        }
        return max;
    }

    @Test
    void shouldLimitAnonymousReadsPerAddressAndNotTrustForwardedFor() {
        var first = given().get("/api/v1/metrics").then().extract();
        if (first.statusCode() == 200) {
            assertEquals(String.valueOf(ANONYMOUS), first.header("RateLimit-Limit"));
            assertTrue(Integer.parseInt(first.header("RateLimit-Remaining")) < ANONYMOUS);
            assertTrue(Integer.parseInt(first.header("RateLimit-Reset")) >= 1);
        }
        assertTrue(answeredBefore429(RateLimitTest::anonymous, "/api/v1/metrics", ANONYMOUS + 2) <= ANONYMOUS);
        given().header("X-Forwarded-For", "203.0.113.9").get("/api/v1/metrics").then().statusCode(429);
        // guessing keys counts against the address as well
        as("hs_guessed").get("/api/v1/metrics").then().statusCode(429);
    }

    @Test
    void shouldGiveEachKeyItsOwnAllowance() {
        String key = asAdmin().body(Map.of("name", unique("busy"), "role", "editor")).post("/api/v1/keys")
                .then().statusCode(201).extract().path("key");
        answeredBefore429(RateLimitTest::anonymous, "/api/v1/metrics", ANONYMOUS + 2);
        as(key).get("/api/v1/metrics").then().statusCode(200).header("RateLimit-Limit", String.valueOf(PER_KEY))
                .header("RateLimit-Remaining", String.valueOf(PER_KEY - 1));
        assertEquals(PER_KEY - 1, answeredBefore429(() -> as(key), "/api/v1/metrics", PER_KEY + 2));
    }

    @Test
    void shouldStartLinksAndLocationsWithThePublicBaseUrl() {
        asAdmin().header("Host", "evil.example").get("/api/v1/figures?limit=1").then().statusCode(200)
                .header("Link", startsWith("<https://api.example.org/api/v1/figures?"));
        String id = unique("src");
        asAdmin().header("Host", "evil.example").body(Map.of("id", id, "name", "Somewhere", "type", "ngo"))
                .post("/api/v1/sources").then().statusCode(201)
                .header("Location", "https://api.example.org/api/v1/sources/" + id);
    }

    private static RequestSpecification anonymous() {
        return given();
    }
}
