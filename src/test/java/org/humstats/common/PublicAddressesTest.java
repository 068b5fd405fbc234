package org.humstats.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.humstats.Fixtures.asAdmin;
import static org.humstats.Fixtures.unique;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PublicAddressesTest {

    @Test
    void shouldNeverPutAForgedHostIntoTheNextLink() {
        given().header("Host", "evil.example").get("/api/v1/figures?limit=1").then().statusCode(200)
                .header("Link", startsWith("</api/v1/figures?")).header("Link", not(containsString("evil")));
        given().header("Host", "evil.example").get("/api/v1/changes?limit=1").then().statusCode(200)
                .header("Link", startsWith("</api/v1/changes?"));
    }

    @Test
    void shouldPointLocationAtThePathAloneWithoutAPublicBaseUrl() {
        String id = unique("src");
        asAdmin().header("Host", "evil.example").body(Map.of("id", id, "name", "Somewhere", "type", "ngo"))
                .post("/api/v1/sources").then().statusCode(201).header("Location", "/api/v1/sources/" + id);
    }

    @Test
    void shouldLetDashboardsOfAnyWebOriginReadButNeverTheNullOrigin() {
        given().header("Origin", "https://dashboard.example.org").get("/api/v1/metrics").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://dashboard.example.org")
                .header("Vary", containsString("Origin"));
        given().get("/api/v1/metrics").then().statusCode(200).header("Vary", containsString("Origin"));
        given().header("Origin", "null").get("/api/v1/metrics").then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "null").header("Access-Control-Request-Method", "GET").options("/api/v1/metrics")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://dashboard.example.org").get("/api/v1/metrics").then()
                .header("Access-Control-Allow-Credentials", not("true"));
    }
}
