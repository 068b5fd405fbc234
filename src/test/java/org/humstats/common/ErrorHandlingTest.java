package org.humstats.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.humstats.Fixtures.asAdmin;
import static org.humstats.Fixtures.flow;
import static org.humstats.Fixtures.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every kind of bad input is a problem+json 4xx a person can act on, and nothing is stored. */
@QuarkusTest
class ErrorHandlingTest {

    private static final String PROBLEM = "application/problem+json";

    private static int figureCount() {
        return given().get("/api/v1/figures?status=all&limit=10000").then().statusCode(200).extract().path("data.size()");
    }

    @Test
    void shouldExplainMalformedJsonWithoutStackTrace() {
        int before = figureCount();
        asAdmin().body("{\"metric\": \"displaced\", ").post("/api/v1/figures")
                .then().statusCode(400).contentType(PROBLEM)
                .body("title", is("Malformed JSON"))
                .body("detail", containsString("line"))
                .body("detail", not(containsString("Exception")))
                .body("detail", not(containsString("com.fasterxml")));
        org.junit.jupiter.api.Assertions.assertEquals(before, figureCount());
    }

    @Test
    void shouldNameTheFieldOfAWrongType() {
        Map<String, Object> body = flow("SY0902", "un-ocha", 1, "2017-01-01", "2017-01-31");
        body.put("value", "many");
        asAdmin().body(body).post("/api/v1/figures")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("value"))
                .body("errors[0].message", containsString("whole number"));
    }

    @Test
    void shouldRejectAFractionOfAPerson() {
        Map<String, Object> body = flow("SY0902", "un-ocha", 1, "2017-01-01", "2017-01-31");
        body.put("value", 1.5);
        asAdmin().body(body).post("/api/v1/figures").then().statusCode(400).body("errors[0].field", is("value"));
    }

    @Test
    void shouldRejectAnUnknownEnumValueListingTheAllowedOnes() {
        Map<String, Object> body = flow("SY0902", "un-ocha", 1, "2017-01-01", "2017-01-31");
        body.put("kind", "trend");
        asAdmin().body(body).post("/api/v1/figures")
                .then().statusCode(400).body("errors[0].field", is("kind"))
                .body("errors[0].message", containsString("stock, flow, cumulative"));
    }

    @Test
    void shouldRejectAnUnknownFieldInTheBody() {
        Map<String, Object> body = flow("SY0902", "un-ocha", 1, "2017-01-01", "2017-01-31");
        body.put("valeu", 5);
        asAdmin().body(body).post("/api/v1/figures")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("valeu"));
    }

    @Test
    void shouldRejectARepeatedKeyInTheBody() {
        asAdmin().body("{\"metric\":\"displaced\",\"metric\":\"killed\"}").post("/api/v1/figures")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void shouldRejectUnknownAndRepeatedQueryParameters() {
        given().get("/api/v1/figures?metirc=killed").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("metirc"))
                .body("detail", containsString("metric"));
        given().get("/api/v1/figures?metric=killed&metric=displaced").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("metric"));
    }

    @Test
    void shouldRejectBadParameterValues() {
        given().get("/api/v1/figures?from=yesterday").then().statusCode(400).body("errors[0].field", is("from"));
        given().get("/api/v1/figures?limit=0").then().statusCode(400).body("errors[0].field", is("limit"));
        given().get("/api/v1/figures?limit=ten").then().statusCode(400).body("errors[0].field", is("limit"));
        given().get("/api/v1/figures?from=2018-01-01&to=2017-01-01").then().statusCode(400);
        given().get("/api/v1/figures?cursor=not-a-cursor").then().statusCode(400).body("errors[0].field", is("cursor"));
        given().get("/api/v1/figures?sort=size").then().statusCode(400).body("errors[0].field", is("sort"));
    }

    @Test
    void shouldAnswerUnknownRoutesWithProblem404() {
        given().get("/api/v1/figurez").then().statusCode(404).contentType(PROBLEM).body("status", is(404));
        given().get("/api/v1/figures/5eed0f00-0000-4000-8000-00000000ffff").then().statusCode(404).contentType(PROBLEM)
                .body("detail", containsString("5eed0f00-0000-4000-8000-00000000ffff"));
    }

    @Test
    void shouldAnswerWrongMethodWith405() {
        asAdmin().delete("/api/v1/figures/5eed0f00-0000-4000-8000-000000000001")
                .then().statusCode(405).contentType(PROBLEM);
    }

    @Test
    void shouldAnswerWrongMediaTypeWith415() {
        asAdmin().contentType(ContentType.XML).body("<figure/>").post("/api/v1/figures")
                .then().statusCode(415).contentType(PROBLEM);
    }

    @Test
    void shouldRefuseAHugeBodyWith413() {
        String huge = "{\"notes\": \"" + "x".repeat(1_200_000) + "\"}";
        asAdmin().body(huge).post("/api/v1/figures")
                .then().statusCode(413).contentType(PROBLEM).body("detail", containsString("bytes"));
    }

    @Test
    void shouldRejectOverLongStrings() {
        Map<String, Object> body = flow("SY0902", "un-ocha", 1, "2017-01-01", "2017-01-31");
        body.put("notes", "n".repeat(4001));
        asAdmin().body(body).post("/api/v1/figures")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("notes"));
    }

    @Test
    void shouldServeSwaggerUiAndLeadThereFromRoot() {
        given().get("/q/swagger-ui/").then().statusCode(200);
        // the front page links to both Swagger UI and the explorer
        given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("href=\"/q/swagger-ui/\""), containsString("href=\"/explore?metric=idps&amp;location=SYR\""));
    }

    @Test
    void shouldLetDashboardsInOtherOriginsRead() {
        given().header("Origin", "https://dashboard.example.org").get("/api/v1/metrics")
                .then().statusCode(200).header("Access-Control-Allow-Origin", org.hamcrest.Matchers.anyOf(
                        is("*"), is("https://dashboard.example.org")));
        given().header("Origin", "https://dashboard.example.org").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/figures").then().statusCode(200)
                .header("Access-Control-Allow-Methods", containsString("GET"));
    }

    @Test
    void shouldReportHealthIncludingTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void shouldCountEachRequestInThePrometheusMetricsByStatusAndRoute() {
        double before = requestsCounted("404", "/api/v1/sources/{id}");
        given().get("/api/v1/sources/" + unique("no-such-source")).then().statusCode(404);
        // The timer is recorded as the response ends, which may be just after the client has read it.
        double after = before;
        for (int attempt = 0; attempt < 50 && after == before; attempt++) {
            after = requestsCounted("404", "/api/v1/sources/{id}");
        }
        org.junit.jupiter.api.Assertions.assertEquals(before + 1, after, 0.0);
    }

    /** The Prometheus counter of GET requests answered with {@code status} on the route {@code uri}; 0 before the first. */
    private static double requestsCounted(String status, String uri) {
        String scrape = given().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .contentType(containsString("text/plain")).extract().asString();
        return scrape.lines()
                .filter(line -> line.startsWith("http_server_requests_seconds_count{") && line.contains("method=\"GET\"")
                        && line.contains("status=\"" + status + "\"") && line.contains("uri=\"" + uri + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
