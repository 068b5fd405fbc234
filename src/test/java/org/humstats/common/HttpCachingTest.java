package org.humstats.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.humstats.Fixtures.asAdmin;
import static org.humstats.Fixtures.createSource;
import static org.humstats.Fixtures.flow;
import static org.humstats.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HttpCachingTest {

    @Test
    void shouldAnswer304WhenTheClientAlreadyHasTheAnswer() {
        var first = given().get("/api/v1/metrics").then().statusCode(200)
                .header("ETag", notNullValue()).header("Cache-Control", containsString("max-age=")).extract();
        String etag = first.header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/metrics").then().statusCode(304).body(is(emptyString()));
        given().header("If-None-Match", "\"something-else\"").get("/api/v1/metrics").then().statusCode(200);
    }

    @Test
    void shouldChangeAnAggregatesTagExactlyWhenItsAnswerChanges() {
        String source = unique("src");
        createSource(source, 0);
        String url = "/api/v1/aggregates?metric=displaced&location=SY0901&from=2012-01-01&to=2012-12-31";
        String before = given().get(url).then().statusCode(200).extract().header("ETag");
        assertEquals(before, given().get(url).then().extract().header("ETag"), "same answer, same tag");
        // a figure elsewhere does not change this answer
        asAdmin().body(flow("SY0903", source, 5, "2012-02-01", "2012-02-03")).post("/api/v1/figures").then().statusCode(201);
        assertEquals(before, given().get(url).then().extract().header("ETag"));
        asAdmin().body(flow("SY0901", source, 5, "2012-02-01", "2012-02-03")).post("/api/v1/figures").then().statusCode(201);
        String after = given().get(url).then().statusCode(200).extract().header("ETag");
        assertNotEquals(before, after);
        given().header("If-None-Match", before).get(url).then().statusCode(200);
        given().header("If-None-Match", after).get(url).then().statusCode(304);
    }

    @Test
    void shouldTagCsvAndJsonOfTheSameListDifferently() {
        String json = given().get("/api/v1/figures?location=SY0902").then().statusCode(200).extract().header("ETag");
        var csv = given().get("/api/v1/figures?location=SY0902&format=csv").then().statusCode(200)
                .header("Vary", containsString("Accept")).extract();
        assertNotEquals(json, csv.header("ETag"));
        org.junit.jupiter.api.Assertions.assertTrue(csv.asString().startsWith("id,metric"));
    }

    @Test
    void shouldRefuseAStaleUpdateWith412AndKeepTheFigure() {
        String source = unique("src");
        createSource(source, 0);
        String id = asAdmin().body(flow("SY0901", source, 100, "2011-06-01", "2011-06-30")).post("/api/v1/figures")
                .then().statusCode(201).extract().path("id");
        String etag = given().get("/api/v1/figures/" + id).then().extract().header("ETag");
        asAdmin().header("If-Match", etag).body(flow("SY0901", source, 110, "2011-06-01", "2011-06-30"))
                .put("/api/v1/figures/" + id).then().statusCode(200).body("value", is(110));
        // a second editor still holding the first tag
        asAdmin().header("If-Match", etag).body(flow("SY0901", source, 999, "2011-06-01", "2011-06-30"))
                .put("/api/v1/figures/" + id).then().statusCode(412).contentType("application/problem+json");
        asAdmin().header("If-Match", etag).body(Map.of("reason", "stale")).post("/api/v1/figures/" + id + "/retraction")
                .then().statusCode(412);
        given().get("/api/v1/figures/" + id).then().body("value", is(110)).body("status", not(is("retracted")));
    }

    @Test
    void shouldRefuseAStaleSourceUpdate() {
        String source = unique("src");
        createSource(source, 1);
        String etag = given().get("/api/v1/sources/" + source).then().extract().header("ETag");
        asAdmin().header("If-Match", etag).body(Map.of("name", "Renamed", "type", "ngo")).put("/api/v1/sources/" + source)
                .then().statusCode(200);
        asAdmin().header("If-Match", etag).body(Map.of("name", "Again", "type", "ngo")).put("/api/v1/sources/" + source)
                .then().statusCode(412);
    }

    @Test
    void shouldHonourIfModifiedSince() {
        var first = given().get("/api/v1/sources/un-ocha").then().statusCode(200).header("Last-Modified", notNullValue()).extract();
        given().header("If-Modified-Since", first.header("Last-Modified")).get("/api/v1/sources/un-ocha")
                .then().statusCode(304);
        given().header("If-Modified-Since", "Tue, 01 Jan 1980 00:00:00 GMT").get("/api/v1/sources/un-ocha").then().statusCode(200);
    }
}
