package org.humstats.figure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.humstats.Fixtures.asAdmin;
import static org.humstats.Fixtures.createSource;
import static org.humstats.Fixtures.flow;
import static org.humstats.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FigureResourceTest {

    private static final String OCHA_ALBU_KAMAL = "5eed0f00-0000-4000-8000-000000000001";

    @Test
    void shouldShowANewcomerOchasAlbuKamalFigureWithItsCitation() {
        String code = given().queryParam("q", "Albu Kamal").get("/api/v1/locations").then().statusCode(200)
                .extract().path("data[0].code");
        given().queryParam("location", code).queryParam("metric", "displaced").get("/api/v1/figures")
                .then().statusCode(200)
                .body("data.find { it.source == 'un-ocha' }.value", is(120000))
                .body("data.find { it.source == 'un-ocha' }.kind", is("flow"))
                .body("data.find { it.source == 'un-ocha' }.qualifier", is("approximately"))
                .body("data.find { it.source == 'un-ocha' }.source_name", containsString("Coordination of Humanitarian Affairs"))
                .body("data.find { it.source == 'un-ocha' }.attributed_to", containsString("Linda Tom"))
                .body("data.find { it.source == 'un-ocha' }.document.title", containsString("Albu Kamal"))
                .body("data.find { it.source == 'un-ocha' }.document.published_on", is("2017-11-08"));
    }

    @Test
    void shouldHoldTheThreeFoundingFiguresWithTheirKinds() {
        given().get("/api/v1/figures/5eed0f00-0000-4000-8000-000000000002").then().statusCode(200)
                .body("metric", is("fighters")).body("kind", is("stock")).body("value", is(1500))
                .body("period_start", is((Object) null)).body("source", is("us-led-coalition"))
                .body("location_code", is("euphrates-valley-border-area"));
        given().get("/api/v1/figures/5eed0f00-0000-4000-8000-000000000003").then().statusCode(200)
                .body("metric", is("killed")).body("kind", is("cumulative")).body("qualifier", is("at_least"))
                .body("value", is(330000)).body("period_start", is("2011-03-01")).body("high", is((Object) null));
    }

    @Test
    void shouldShowSourcesDisagreeingOnSyrianIdps() {
        given().get("/api/v1/figures?metric=idps&location=SYR&descendants=false&kind=stock&from=2017-01-01&to=2017-12-31")
                .then().statusCode(200).body("data.source", hasItems("un-ocha", "idmc"));
    }

    @Test
    void shouldIncludeDescendantsUnlessAskedNot() {
        given().get("/api/v1/figures?location=SY09&metric=displaced&from=2017-01-01&to=2017-12-31")
                .then().body("data.id", hasItem(OCHA_ALBU_KAMAL));
        given().get("/api/v1/figures?location=SY09&descendants=false&metric=displaced&from=2017-01-01&to=2017-12-31")
                .then().body("data.id", not(hasItem(OCHA_ALBU_KAMAL)));
        given().get("/api/v1/figures?country=SYR&source_type=un_agency").then()
                .body("data.id", hasItem(OCHA_ALBU_KAMAL)).body("data.source_type", everyItem(is("un_agency")));
    }

    @Test
    void shouldNameUnknownCodesInFilters() {
        given().get("/api/v1/figures?location=ATLANTIS").then().statusCode(400).body("detail", containsString("ATLANTIS"));
        given().get("/api/v1/figures?metric=happiness").then().statusCode(400).body("errors[0].field", is("metric"));
    }

    @Test
    void shouldCreateAndReadBackAFigureWithAnEmbeddedDocument() {
        Map<String, Object> body = flow("SY0903", "un-ocha", 2500, "2017-09-01", "2017-09-30");
        body.put("qualifier", "range");
        body.put("low", 2000);
        body.put("high", 3000);
        body.put("document", Map.of("title", "Flash update " + unique("n"), "publisher", "un-ocha",
                "url", "https://example.org/flash", "published_on", "2017-10-02"));
        var created = asAdmin().body(body).post("/api/v1/figures").then().statusCode(201)
                .header("Location", containsString("/api/v1/figures/"))
                .body("status", is("reported")).body("version", is(0)).body("document.url", is("https://example.org/flash"))
                .extract();
        String id = created.path("id");
        given().get("/api/v1/figures/" + id).then().statusCode(200).body("low", is(2000)).body("high", is(3000))
                .body("location_name", is("Al Mayadin")).body("document_id", is((String) created.path("document_id")));
        // Ids the server chooses are time-ordered (UUID version 7), for both the figure and its new document.
        assertEquals(7, UUID.fromString(id).version());
        assertEquals(7, UUID.fromString(created.path("document_id")).version());
    }

    @Test
    void shouldListEveryProblemOfAnInvalidFigureAndStoreNothing() {
        String source = unique("src");
        createSource(source, 0);
        Map<String, Object> body = flow("NOWHERE", source, 10, "2017-05-01", "2017-04-01");
        body.put("metric", "happiness");
        body.put("low", 20);
        asAdmin().body(body).post("/api/v1/figures").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("metric", "location_code", "period_start", "low"))
                .body("errors.find { it.field == 'location_code' }.message", containsString("NOWHERE"));
        given().get("/api/v1/figures?source=" + source + "&status=all").then().body("data", empty());
    }

    @Test
    void shouldRetractNotDelete() {
        String source = unique("src");
        createSource(source, 0);
        String id = asAdmin().body(flow("SY0901", source, 77, "2017-03-01", "2017-03-05")).post("/api/v1/figures")
                .then().statusCode(201).extract().path("id");
        asAdmin().body(Map.of()).post("/api/v1/figures/" + id + "/retraction").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        asAdmin().body(Map.of("reason", "Typo: the report says 17")).post("/api/v1/figures/" + id + "/retraction")
                .then().statusCode(200).body("status", is("retracted")).body("status_reason", is("Typo: the report says 17"))
                .body("value", is(77));
        given().get("/api/v1/figures/" + id).then().statusCode(200).body("status", is("retracted"));
        given().get("/api/v1/figures?source=" + source).then().body("data", empty());
        given().get("/api/v1/figures?source=" + source + "&status=retracted").then().body("data.id", hasItem(id));
        asAdmin().body(Map.of("reason", "again")).post("/api/v1/figures/" + id + "/retraction").then().statusCode(409);
        asAdmin().body(flow("SY0901", source, 17, "2017-03-01", "2017-03-05")).put("/api/v1/figures/" + id).then().statusCode(409);
    }

    @Test
    void shouldPageWithoutRepeatsOrGapsInEveryOrder() {
        String source = unique("src");
        createSource(source, 0);
        for (int i = 0; i < 7; i++) {
            // equal period ends on purpose: the id must break ties
            asAdmin().body(flow("SY0901", source, 100 + i % 3, "2016-01-01", "2016-01-" + (10 + i % 2)))
                    .post("/api/v1/figures").then().statusCode(201);
        }
        for (String sort : List.of("-period_end", "period_end", "value", "-value", "created_at", "-updated_at")) {
            List<String> seen = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                var req = given().queryParam("source", source).queryParam("sort", sort).queryParam("limit", 2);
                if (cursor != null) {
                    req.queryParam("cursor", cursor);
                }
                var page = req.get("/api/v1/figures").then().statusCode(200).extract();
                seen.addAll(page.path("data.id"));
                cursor = page.path("page.next_cursor");
                pages++;
            } while (cursor != null);
            assertEquals(7, seen.size(), sort);
            assertEquals(7, new HashSet<>(seen).size(), sort);
            assertEquals(4, pages, sort);
        }
        given().queryParam("source", source).queryParam("with_total", "true").queryParam("limit", 2).get("/api/v1/figures")
                .then().body("page.total", is(7)).header("Link", containsString("rel=\"next\""));
    }

    @Test
    void shouldGiveJournalistsCsvWithCitationColumns() {
        String csv = given().queryParam("location", "SY0902").queryParam("format", "csv").get("/api/v1/figures")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        String header = csv.lines().findFirst().orElseThrow();
        for (String column : List.of("value", "source_name", "document_title", "document_url", "document_published_on")) {
            org.junit.jupiter.api.Assertions.assertTrue(header.contains(column), column);
        }
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("120000"));
        given().header("Accept", "text/csv").queryParam("location", "SY0902").get("/api/v1/figures")
                .then().statusCode(200).contentType(startsWith("text/csv"));
        given().queryParam("format", "xml").get("/api/v1/figures").then().statusCode(400);
    }
}
