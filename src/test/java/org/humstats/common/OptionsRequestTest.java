package org.humstats.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OptionsRequestTest {

    private static final List<String> PATHS = List.of("/api/v1/metrics", "/api/v1/sources", "/api/v1/sources/un-ocha",
            "/api/v1/documents", "/api/v1/locations", "/api/v1/locations/SY0902", "/api/v1/locations/imports",
            "/api/v1/figures", "/api/v1/figures/6f1d3a0e-2b8c-4a5e-9f7d-0c1e2a3b4c5d",
            "/api/v1/figures/6f1d3a0e-2b8c-4a5e-9f7d-0c1e2a3b4c5d/retraction", "/api/v1/aggregates", "/api/v1/timeseries",
            "/api/v1/changes", "/api/v1/exports/figures", "/api/v1/imports", "/api/v1/keys",
            "/api/v1/keys/6f1d3a0e-2b8c-4a5e-9f7d-0c1e2a3b4c5d/revocation");

    @Test
    void shouldAnswerPlainOptionsWithTheAllowedMethodsOnEveryApiPath() {
        for (String path : PATHS) {
            var answer = given().options(path).then().extract();
            assertTrue(answer.statusCode() == 200 || answer.statusCode() == 204, path + " answered " + answer.statusCode());
            String allow = answer.header("Allow");
            assertTrue(allow != null && allow.contains("OPTIONS"), path + " Allow: " + allow);
        }
        assertTrue(given().options("/api/v1/figures").header("Allow").contains("POST"));
        assertTrue(given().options("/api/v1/figures").header("Allow").contains("GET"));
    }

    @Test
    void shouldNotMoveLastModifiedOnOptions() {
        String before = given().get("/api/v1/metrics").header("Last-Modified");
        given().options("/api/v1/figures").then().statusCode(anyOf(is(200), is(204)));
        assertEquals(before, given().get("/api/v1/metrics").header("Last-Modified"));
    }

    @Test
    void shouldStillAnswerACorsPreflight() {
        given().header("Origin", "https://dashboard.example.org").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/aggregates").then().statusCode(200)
                .header("Access-Control-Allow-Methods", containsString("GET"));
    }
}
