package org.humstats.extract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.humstats.Fixtures.asAdmin;
import static org.humstats.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * From report text to reviewed figures over HTTP. The places and bodies are invented (Norland) and created once with fixed
 * codes, so the gazetteer never holds two of them; each test dates its report on a random day, so that the figures one
 * run accepts are never "the same figure" as those of an earlier run on the same database.
 */
@QuarkusTest
class ExtractionResourceTest {

    static final String REPORT = ExtractorTest.REPORT;

    private static boolean norlandExists;

    /** Once per run; in @BeforeEach because the test port is only known once Quarkus has started. */
    @BeforeEach
    void norland() {
        if (norlandExists) {
            return;
        }
        norlandExists = true;
        ensure("/api/v1/locations", Map.of("code", "XNL", "name", "Norland", "type", "country"));
        ensure("/api/v1/locations", Map.of("code", "XNL01", "name", "Eastern Province", "type", "admin1", "parent_code", "XNL"));
        ensure("/api/v1/locations", Map.of("code", "XNL0101", "name", "Tal Hamra", "aliases", List.of("Tell Hamra"),
                "type", "admin2", "parent_code", "XNL01"));
        ensure("/api/v1/locations", Map.of("code", "XNL0102", "name", "Amber City", "type", "admin2", "parent_code", "XNL01"));
        ensure("/api/v1/locations", Map.of("code", "upper-river-border-zone", "name", "Upper River border zone (Norland–Sudland)",
                "type", "area"));
        ensure("/api/v1/sources", Map.of("id", "un-relief", "name", "United Nations Relief Coordination Office", "acronym", "URCO",
                "type", "un_agency", "aliases", List.of("United Nations' relief coordination office")));
        ensure("/api/v1/sources", Map.of("id", "river-task-force", "name", "Multinational River Task Force", "acronym", "MRTF",
                "type", "military", "aliases", List.of("multinational task force")));
        ensure("/api/v1/sources", Map.of("id", "daily-courier", "name", "The Daily Courier", "type", "media"));
    }

    /** Creates it unless it exists (a database kept between runs has it already). */
    static void ensure(String path, Map<String, Object> body) {
        int status = asAdmin().body(body).post(path).then().extract().statusCode();
        if (status != 201 && status != 409) {
            throw new AssertionError("could not create " + body + ": " + status);
        }
    }

    static LocalDate someDay() {
        return LocalDate.of(2019, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 2500));
    }

    static Map<String, Object> document(String title, LocalDate published) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("title", title);
        d.put("publisher", "daily-courier");
        d.put("published_on", published.toString());
        d.put("language", "en");
        return d;
    }

    static ExtractableResponse<Response> extract(String text, LocalDate published) {
        return asAdmin().body(Map.of("text", text, "document", document(unique("Norland report"), published)))
                .post("/api/v1/extractions").then().statusCode(201).extract();
    }

    static String candidateId(ExtractableResponse<Response> extraction, int i) {
        return extraction.path("candidates[" + i + "].id");
    }

    static String acceptance(String extraction, String candidate) {
        return "/api/v1/extractions/" + extraction + "/candidates/" + candidate + "/acceptance";
    }

    @Test
    void shouldTurnTheReportIntoThreeFiguresCitingItWithTheirSentences() {
        LocalDate published = someDay();
        String title = unique("Government forces retake Tal Hamra");
        ExtractableResponse<Response> created = asAdmin()
                .body(Map.of("text", REPORT, "document", document(title, published)))
                .post("/api/v1/extractions").then().statusCode(201)
                .header("Location", containsString("/api/v1/extractions/"))
                .body("status", is("open")).body("dry_run", is(false))
                .body("counts.proposed", is(3)).body("candidates", hasSize(3))
                .body("candidates.review", everyItem(is("proposed")))
                .body("candidates.metric", is(List.of("displaced", "fighters", "killed")))
                .body("candidates.kind", is(List.of("flow", "stock", "cumulative")))
                .body("candidates.qualifier", is(List.of("approximately", "approximately", "at_least")))
                .body("candidates.location_code", is(List.of("XNL0101", "upper-river-border-zone", "XNL")))
                .body("candidates.source", is(List.of("un-relief", "river-task-force", "daily-courier")))
                .body("candidates[0].attributed_to", is("Maria Okafor, URCO Amber City"))
                .body("candidates[0].period_start", is(published.minusDays(28).toString()))
                .body("candidates[2].period_start", is("2012-06-01"))
                .body("candidates[2].origin_precision", is("month"))
                .body("candidates[1].subject", is("islamic-state"))
                .extract();
        String id = created.path("id");
        String documentId = created.path("document_id");
        for (int i = 0; i < 3; i++) {
            int start = created.path("candidates[" + i + "].span.start");
            int end = created.path("candidates[" + i + "].span.end");
            assertEquals(REPORT.substring(start, end), created.path("candidates[" + i + "].quote"));
        }

        for (int i = 0; i < 3; i++) {
            String quote = created.path("candidates[" + i + "].quote");
            String figure = asAdmin().post(acceptance(id, candidateId(created, i))).then().statusCode(201)
                    .header("Location", containsString("/api/v1/figures/"))
                    .body("quote", is(quote)).body("document_id", is(documentId)).body("document.title", is(title))
                    .body("metric", is((Object) created.path("candidates[" + i + "].metric"))).body("status", is("reported"))
                    .extract().path("id");
            given().get("/api/v1/figures/" + figure).then().statusCode(200)
                    .body("quote", is(quote)).body("document.published_on", is(published.toString()))
                    .body("source", is((Object) created.path("candidates[" + i + "].source")));
        }

        given().get("/api/v1/extractions/" + id).then().statusCode(200)
                .body("status", is("reviewed")).body("counts.accepted", is(3)).body("counts.proposed", is(0))
                .body("text", is(REPORT))
                .body("candidates.review", everyItem(is("accepted"))).body("candidates.figure_id", everyItem(notNullValue()));
        given().get("/api/v1/figures?location=XNL0101&metric=displaced").then().statusCode(200)
                .body("data.document_id", hasItem(documentId))
                .body("data.attributed_to", hasItem("Maria Okafor, URCO Amber City"));
    }

    @Test
    void shouldRefuseToAcceptTwiceOrAFigureThatIsStoredAlready() {
        LocalDate published = someDay();
        ExtractableResponse<Response> first = extract(REPORT, published);
        String id = first.path("id");
        String cid = candidateId(first, 2);
        String figure = asAdmin().post(acceptance(id, cid)).then().statusCode(201).extract().path("id");
        asAdmin().post(acceptance(id, cid)).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(figure));

        // The same report read again: its running total is the figure just stored.
        ExtractableResponse<Response> again = asAdmin()
                .body(Map.of("text", REPORT, "document_id", first.path("document_id")))
                .post("/api/v1/extractions").then().statusCode(201).extract();
        asAdmin().post(acceptance(again.path("id"), candidateId(again, 2))).then().statusCode(409)
                .body("detail", containsString("stored already")).body("detail", containsString(figure));
        given().get("/api/v1/extractions/" + again.path("id")).then()
                .body("candidates[2].review", is("proposed")).body("counts.accepted", is(0));
    }

    @Test
    void shouldAnswerADryRunWithoutStoringAnything() {
        String title = unique("Dry run report");
        asAdmin().body(Map.of("text", REPORT, "document", document(title, someDay())))
                .post("/api/v1/extractions?dry_run=true").then().statusCode(200)
                .body("dry_run", is(true)).body("id", nullValue()).body("candidates", hasSize(3))
                .body("candidates.id", everyItem(nullValue()));
        given().get("/api/v1/documents?q=" + title).then().statusCode(200).body("data", hasSize(0));
        asAdmin().queryParam("dry_run", "maybe").body(Map.of("text", REPORT, "document", document(title, someDay())))
                .post("/api/v1/extractions").then().statusCode(400).body("errors[0].field", is("dry_run"));
    }

    @Test
    void shouldRefuseBadInputWithAClearProblemAndStoreNothing() {
        String title = unique("Refused report");
        Map<String, Object> doc = document(title, someDay());
        asAdmin().body(Map.of("text", "   ", "document", doc)).post("/api/v1/extractions").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("text"));
        asAdmin().body(Map.of("document", doc)).post("/api/v1/extractions").then().statusCode(400)
                .body("errors.field", hasItem("text"));
        asAdmin().body(Map.of("text", "Some 3,000 people fled.\u0000\u0000PK\u0003\u0004", "document", doc))
                .post("/api/v1/extractions").then().statusCode(400)
                .body("errors[0].field", is("text")).body("errors[0].message", containsString("binary"));
        asAdmin().body(Map.of("text", "x".repeat(70_000), "document", doc)).post("/api/v1/extractions").then()
                .statusCode(413).contentType("application/problem+json");
        asAdmin().body(Map.of("text", REPORT, "document_id", "0b6f3c0e-8d7a-4a51-9c55-000000000000"))
                .post("/api/v1/extractions").then().statusCode(400).body("errors[0].field", is("document_id"));
        asAdmin().body(Map.of("text", REPORT)).post("/api/v1/extractions").then().statusCode(400)
                .body("errors[0].field", is("document"));
        Map<String, Object> undated = new HashMap<>(doc);
        undated.remove("published_on");
        asAdmin().body(Map.of("text", REPORT, "document", undated)).post("/api/v1/extractions").then().statusCode(400)
                .body("errors[0].field", is("document.published_on"));
        Map<String, Object> unknownPublisher = new HashMap<>(doc);
        unknownPublisher.put("publisher", "nobody-at-all");
        asAdmin().body(Map.of("text", REPORT, "document", unknownPublisher)).post("/api/v1/extractions").then()
                .statusCode(400).body("errors[0].field", is("document.publisher"));
        // A file's bytes where JSON was promised, and a PDF as the body.
        asAdmin().body(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d})
                .post("/api/v1/extractions").then().statusCode(400).contentType("application/problem+json");
        asAdmin().contentType("application/pdf").body("%PDF-1.7".getBytes()).post("/api/v1/extractions").then()
                .statusCode(415);
        given().contentType(ContentType.JSON).body(Map.of("text", REPORT, "document", doc))
                .post("/api/v1/extractions").then().statusCode(401);
        given().get("/api/v1/documents?q=" + title).then().statusCode(200).body("data", hasSize(0));
    }

    @Test
    void shouldRefuseACandidateInHouseholdsUntilItIsCorrectedToPeople() {
        LocalDate published = someDay();
        ExtractableResponse<Response> e = extract(
                "In recent weeks about 2,400 families (12,000 people) fled Tal Hamra, said Maria Okafor from the United "
                        + "Nations' relief coordination office.", published);
        e.response().then().body("candidates.unit", is(List.of("households", "people")))
                .body("candidates.value", is(List.of(2400, 12000)));
        String id = e.path("id");
        String households = candidateId(e, 0);
        asAdmin().post(acceptance(id, households)).then().statusCode(422).contentType("application/problem+json")
                .body("title", is("Figures cannot count households yet"))
                .body("detail", containsString("2400 households")).body("detail", containsString("2400 people"));
        given().get("/api/v1/extractions/" + id).then().body("candidates[0].review", is("proposed"));
        asAdmin().body(Map.of("value", 12_000, "unit", "people",
                        "notes", "The report gives 12,000 people for the 2,400 families."))
                .post(acceptance(id, households)).then().statusCode(201)
                .body("value", is(12_000)).body("notes", containsString("12,000 people for the 2,400 families"));
    }

    @Test
    void shouldApplyCorrectionsAsAMergePatch() {
        ExtractableResponse<Response> e = extract("Between 20,000 and 50,000 people fled Tal Hamra in the past two weeks.",
                someDay());
        e.response().then().body("candidates[0].qualifier", is("range")).body("candidates[0].low", is(20_000));
        Map<String, Object> fix = new HashMap<>();
        fix.put("qualifier", "exact");
        fix.put("value", 20_000);
        fix.put("low", null);
        fix.put("high", null);
        fix.put("subject", "civilians");
        asAdmin().body(Map.of("qualifier", "roughly")).post(acceptance(e.path("id"), candidateId(e, 0))).then()
                .statusCode(400).body("errors[0].field", is("qualifier"));
        asAdmin().body(Map.of("valeu", 3)).post(acceptance(e.path("id"), candidateId(e, 0))).then().statusCode(400)
                .body("errors[0].field", is("valeu"));
        asAdmin().body(fix).post(acceptance(e.path("id"), candidateId(e, 0))).then().statusCode(201)
                .body("qualifier", is("exact")).body("value", is(20_000)).body("low", nullValue()).body("high", nullValue())
                .body("subject", is("civilians")).body("location_code", is("XNL0101"));
    }

    @Test
    void shouldNameWhatIsMissingWhenACandidateIsIncompleteAndChangeNothing() {
        // No place the gazetteer knows: the candidate has the words, not a code.
        ExtractableResponse<Response> e = extract("About 3,000 people fled Riverbend county on Monday.", someDay());
        e.response().then().body("candidates[0].location_code", nullValue())
                .body("candidates[0].location_text", is("Riverbend county"));
        asAdmin().post(acceptance(e.path("id"), candidateId(e, 0))).then().statusCode(400)
                .body("errors.field", hasItem("location_code"));
        given().get("/api/v1/extractions/" + e.path("id")).then().body("candidates[0].review", is("proposed"));
        asAdmin().body(Map.of("location_code", "XNL01")).post(acceptance(e.path("id"), candidateId(e, 0))).then()
                .statusCode(201).body("location_code", is("XNL01"));
    }

    @Test
    void shouldRejectWithAReasonAndKeepTheCandidate() {
        ExtractableResponse<Response> e = extract(REPORT, someDay());
        String id = e.path("id");
        String cid = candidateId(e, 1);
        String path = "/api/v1/extractions/" + id + "/candidates/" + cid + "/rejection";
        asAdmin().body(Map.of("reason", "  ")).post(path).then().statusCode(400).body("errors[0].field", is("reason"));
        asAdmin().body(Map.of("reason", "An estimate of another army's strength; not ours to count."))
                .post(path).then().statusCode(200)
                .body("review", is("rejected")).body("review_reason", containsString("another army")).body("figure_id", nullValue());
        asAdmin().body(Map.of("reason", "again")).post(path).then().statusCode(409);
        given().get("/api/v1/extractions/" + id).then().body("counts.rejected", is(1)).body("counts.proposed", is(2))
                .body("status", is("open"));
        // An editor may change their mind about a rejection; not about an acceptance.
        asAdmin().post(acceptance(id, cid)).then().statusCode(201);
        asAdmin().body(Map.of("reason", "too late")).post(path).then().statusCode(409)
                .body("detail", containsString("retraction"));
        given().get("/api/v1/extractions/" + id).then().body("counts.rejected", is(0)).body("counts.accepted", is(1));
    }

    @Test
    void shouldListTheReviewQueueByStatus() {
        String open = extract(REPORT, someDay()).path("id");
        String empty = extract("Nothing was counted in this note.", someDay()).path("id");
        given().get("/api/v1/extractions?status=open&limit=10000").then().statusCode(200)
                .body("data.id", hasItem(open)).body("data.id", not(hasItem(empty)))
                .body("data[0].text", nullValue()).body("data[0].candidates", nullValue());
        given().get("/api/v1/extractions?status=reviewed&limit=10000").then().statusCode(200)
                .body("data.id", hasItem(empty));
        given().get("/api/v1/extractions?status=pending").then().statusCode(400).body("errors[0].field", is("status"));
        given().get("/api/v1/extractions?limit=1").then().statusCode(200).body("page.next_cursor", notNullValue())
                .header("Link", endsWith("rel=\"next\""));
    }

    @Test
    void shouldAnswer404ForUnknownExtractionsAndCandidates() {
        given().get("/api/v1/extractions/0b6f3c0e-8d7a-4a51-9c55-000000000000").then().statusCode(404);
        given().get("/api/v1/extractions/not-a-uuid").then().statusCode(400);
        ExtractableResponse<Response> e = extract(REPORT, someDay());
        asAdmin().post(acceptance(e.path("id"), "0b6f3c0e-8d7a-4a51-9c55-000000000000")).then().statusCode(404);
        asAdmin().post(acceptance("0b6f3c0e-8d7a-4a51-9c55-000000000000", candidateId(e, 0))).then().statusCode(404);
    }
}
