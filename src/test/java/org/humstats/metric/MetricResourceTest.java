package org.humstats.metric;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MetricResourceTest {

    @Test
    void shouldListBuiltInMetricsWithHxlTags() {
        given().when().get("/api/v1/metrics")
                .then().statusCode(200)
                .body("data.code", hasItems("displaced", "idps", "refugees", "returnees", "killed", "injured", "fighters", "in_need"))
                .body("data.find { it.code == 'displaced' }.hxl", org.hamcrest.Matchers.is("#affected+displaced"))
                .body("page.next_cursor", nullValue());
    }

    @Test
    void shouldRejectUnknownQueryParameter() {
        given().when().get("/api/v1/metrics?unit=people")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", org.hamcrest.Matchers.is(400))
                .body("errors[0].field", org.hamcrest.Matchers.is("unit"));
    }
}
