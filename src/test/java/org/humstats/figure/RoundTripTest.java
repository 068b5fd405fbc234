package org.humstats.figure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.humstats.Fixtures.ADMIN_KEY;
import static org.humstats.Fixtures.asAdmin;
import static org.humstats.Fixtures.createSource;
import static org.humstats.Fixtures.flow;
import static org.humstats.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * REST round trips: what GET gives can be PUT back as it is (the fields the server keeps are ignored while unchanged,
 * and every one that was changed is named in one answer), and a JSON merge patch changes only what it names.
 */
@QuarkusTest
class RoundTripTest {

    private String source;
    private String id;

    @BeforeEach
    void aCitedFigure() {
        source = unique("round-trip");
        createSource(source, 0);
        Map<String, Object> f = flow("SY0902", source, 1200, "2017-10-01", "2017-10-31");
        f.put("qualifier", "approximately");
        f.put("notes", "Given at a briefing.");
        f.put("attributed_to", "A spokesperson");
        f.put("document", Map.of("title", unique("Briefing"), "url", "https://example.org/" + unique("b"),
                "published_on", "2017-11-02"));
        id = asAdmin().body(f).post("/api/v1/figures").then().statusCode(201).extract().path("id");
    }

    private Map<String, Object> get(String path) {
        return given().get(path).then().statusCode(200).extract().jsonPath().getMap("");
    }

    private static RequestSpecification patch() {
        return given().header("Authorization", "Bearer " + ADMIN_KEY).contentType("application/merge-patch+json");
    }

    @Test
    void shouldTakeBackTheBodyGetGaveAndChangeNothing() {
        Map<String, Object> before = get("/api/v1/figures/" + id);
        asAdmin().body(before).put("/api/v1/figures/" + id).then().statusCode(200)
                .body("version", is(before.get("version"))).body("document_id", is(before.get("document_id")))
                .body("notes", is("Given at a briefing.")).body("attributed_to", is("A spokesperson"));
        assertEquals(before, get("/api/v1/figures/" + id));
    }

    @Test
    void shouldChangeOneFieldOfGetsBodyAndKeepTheCitation() {
        Map<String, Object> body = new LinkedHashMap<>(get("/api/v1/figures/" + id));
        body.put("notes", "Corrected after the briefing.");
        asAdmin().body(body).put("/api/v1/figures/" + id).then().statusCode(200)
                .body("notes", is("Corrected after the briefing.")).body("document_id", is(body.get("document_id")))
                .body("attributed_to", is("A spokesperson")).body("qualifier", is("approximately"));
        given().get("/api/v1/figures?source=" + source + "&with_total=true").then().body("page.total", is(1));
    }

    @Test
    void shouldNameEveryServerKeptFieldThatWasChangedInOneAnswer() {
        Map<String, Object> body = new LinkedHashMap<>(get("/api/v1/figures/" + id));
        body.put("location_name", "Elsewhere");
        body.put("version", 99);
        body.put("created_at", "2001-01-01T00:00:00Z");
        body.put("source_name", "Someone else");
        body.put("colour", "blue");
        asAdmin().body(body).put("/api/v1/figures/" + id).then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", containsInAnyOrder("location_name", "version", "created_at", "source_name", "colour"));
        get("/api/v1/figures/" + id).forEach((k, v) -> { });
        given().get("/api/v1/figures/" + id).then().body("version", is(0));
    }

    @Test
    void shouldMergeAPatchIntoTheFigure() {
        patch().body("{\"value\":1300,\"notes\":null}").patch("/api/v1/figures/" + id).then().statusCode(200)
                .body("value", is(1300)).body("notes", nullValue()).body("attributed_to", is("A spokesperson"))
                .body("qualifier", is("approximately")).body("version", is(1));
        // A required field cannot be removed, an unknown one is refused, a kept one may not change; nothing is stored.
        patch().body("{\"metric\":null}").patch("/api/v1/figures/" + id).then().statusCode(400)
                .body("errors.field", hasItem("metric"));
        patch().body("{\"colour\":\"blue\",\"created_by\":\"6f1d3a0e-2b8c-4a5e-9f7d-0c1e2a3b4c5d\"}").patch("/api/v1/figures/" + id)
                .then().statusCode(400).body("errors.field", containsInAnyOrder("colour", "created_by"));
        patch().body("{\"value\":-5}").patch("/api/v1/figures/" + id).then().statusCode(400).body("errors.field", hasItem("value"));
        patch().body("[1]").patch("/api/v1/figures/" + id).then().statusCode(400);
        given().header("Authorization", "Bearer " + ADMIN_KEY).contentType("application/json").body("{\"value\":1}")
                .patch("/api/v1/figures/" + id).then().statusCode(415);
        given().get("/api/v1/figures/" + id).then().body("value", is(1300)).body("version", is(1));
        // An ETag of an older version is refused.
        String etag = given().get("/api/v1/figures/" + id).then().extract().header("ETag");
        patch().body("{\"value\":1400}").patch("/api/v1/figures/" + id).then().statusCode(200);
        patch().header("If-Match", etag).body("{\"value\":1500}").patch("/api/v1/figures/" + id).then().statusCode(412);
    }

    @Test
    void shouldRoundTripAndPatchSourcesDocumentsAndLocations() {
        Map<String, Object> s = get("/api/v1/sources/" + source);
        asAdmin().body(s).put("/api/v1/sources/" + source).then().statusCode(200).body("version", is(s.get("version")));
        patch().body("{\"acronym\":\"RT\",\"aliases\":[\"Round trippers\"]}").patch("/api/v1/sources/" + source).then()
                .statusCode(200).body("acronym", is("RT")).body("name", is(s.get("name")));
        patch().body("{\"name\":null}").patch("/api/v1/sources/" + source).then().statusCode(400).body("errors.field", hasItem("name"));
        patch().body("{\"id\":\"other\"}").patch("/api/v1/sources/" + source).then().statusCode(400).body("errors.field", hasItem("id"));

        String doc = given().get("/api/v1/figures/" + id).then().extract().path("document_id");
        Map<String, Object> d = get("/api/v1/documents/" + doc);
        asAdmin().body(d).put("/api/v1/documents/" + doc).then().statusCode(200).body("version", is(d.get("version")));
        patch().body("{\"language\":\"en\"}").patch("/api/v1/documents/" + doc).then().statusCode(200)
                .body("language", is("en")).body("title", is(d.get("title")));

        String code = unique("rt-area");
        asAdmin().body(Map.of("code", code, "name", "Round trip area", "type", "area", "parent_code", "SY09"))
                .post("/api/v1/locations").then().statusCode(201);
        Map<String, Object> l = get("/api/v1/locations/" + code);
        asAdmin().body(l).put("/api/v1/locations/" + code).then().statusCode(200).body("version", is(l.get("version")));
        patch().body("{\"lat\":34.45,\"lon\":40.92}").patch("/api/v1/locations/" + code).then().statusCode(200)
                .body("lat", is(34.45f)).body("name", is("Round trip area"));
        patch().body("{\"lat\":null}").patch("/api/v1/locations/" + code).then().statusCode(200).body("lat", nullValue())
                .body("lon", is(40.92f));
    }
}
