package org.humstats.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.humstats.Fixtures.ADMIN_KEY;
import static org.humstats.Fixtures.asAdmin;
import static org.humstats.Fixtures.records;
import static org.humstats.Fixtures.createSource;
import static org.humstats.Fixtures.flow;
import static org.humstats.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import org.humstats.common.Csv;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportResourceTest {

    private static final String HEADER = "metric,kind,value,low,high,qualifier,period_start,period_end,location_code,source,quote\n";

    private String source;

    @BeforeEach
    void aNewSource() {
        source = unique("import");
        createSource(source, 0);
    }

    private static RequestSpecification file(String type, String body) {
        return given().header("Authorization", "Bearer " + ADMIN_KEY).contentType(type + "; charset=utf-8")
                .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static RequestSpecification csv(String body) {
        return file("text/csv", body);
    }

    private List<Map<String, Object>> figuresOf(String src) {
        return given().queryParam("source", src).queryParam("status", "all").queryParam("limit", 1000).get("/api/v1/figures")
                .then().statusCode(200).extract().jsonPath().getList("data");
    }

    private static String endOfFeed() {
        String cursor = given().get("/api/v1/changes?limit=10000").then().statusCode(200).extract().path("page.next_cursor");
        while (true) {
            String next = given().queryParam("since", cursor).queryParam("limit", 10000).get("/api/v1/changes")
                    .then().extract().path("page.next_cursor");
            if (next.equals(cursor)) {
                return cursor;
            }
            cursor = next;
        }
    }

    private List<Map<String, Object>> changesOf(String src, String since) {
        List<Map<String, Object>> mine = new ArrayList<>();
        JsonPath page = given().queryParam("since", since).queryParam("limit", 10000).get("/api/v1/changes").then().statusCode(200)
                .extract().jsonPath();
        for (Map<String, Object> c : page.<Map<String, Object>>getList("data")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> figure = (Map<String, Object>) c.get("figure");
            if (src.equals(figure.get("source"))) {
                mine.add(c);
            }
        }
        return mine;
    }

    /**
     * Export, import into a place where none of these figures and documents exist, export again: the same file, byte for
     * byte, history columns included. The suite shares one database, so "empty" is a second source of the same name, fresh
     * figure ids and a fresh document id; the import must create that document from the citation columns and take the
     * retracted figure as it is.
     */
    @Test
    void shouldImportAnExportAndExportTheSameFileAgain() {
        String name = "Round trip " + source;
        asAdmin().body(Map.of("id", source + "-b", "name", name, "type", "ngo")).post("/api/v1/sources").then().statusCode(201);
        asAdmin().body(Map.of("name", name, "type", "ngo")).put("/api/v1/sources/" + source).then().statusCode(200);
        String document = asAdmin().body(Map.of("title", "=Situation report, " + source, "url", "https://example.org/sitrep",
                "published_on", "2017-11-09")).post("/api/v1/documents").then().statusCode(201).extract().path("id");
        Map<String, Object> cited = flow("SY0902", source, 120000, "2017-10-11", "2017-11-08");
        cited.putAll(Map.of("qualifier", "range", "low", 100000, "high", 150000, "date_precision", "approximate",
                "document_id", document, "attributed_to", "'Linda Tom', OCHA Damascus", "subject", "civilians",
                "quote", "=\"An estimated\" 120,000, \"in recent weeks\"\nsecond line", "notes", "+ one, with a comma"));
        asAdmin().body(cited).post("/api/v1/figures").then().statusCode(201);
        Map<String, Object> stock = new HashMap<>(Map.of("metric", "fighters", "kind", "stock", "value", 1500,
                "qualifier", "approximately", "period_end", "2017-11-08", "location_code", "euphrates-valley-border-area",
                "source", source, "status", "disputed", "status_reason", "-contested by a local council"));
        asAdmin().body(stock).post("/api/v1/figures").then().statusCode(201);
        Map<String, Object> cumulative = flow("SYR", source, 330000, "2011-03-01", "2017-11-08");
        cumulative.putAll(Map.of("metric", "killed", "kind", "cumulative", "qualifier", "at_least", "date_precision", "month",
                "document_id", document));
        asAdmin().body(cumulative).post("/api/v1/figures").then().statusCode(201);
        String mistaken = asAdmin().body(flow("SY0901", source, 17, "2017-09-01", "2017-09-30")).post("/api/v1/figures").then()
                .statusCode(201).extract().path("id");
        asAdmin().body(Map.of("reason", "Typo: the report says 71")).post("/api/v1/figures/" + mistaken + "/retraction").then()
                .statusCode(200);

        String first = given().queryParam("source", source).queryParam("status", "all").get("/api/v1/exports/figures").then()
                .statusCode(200).extract().asString();
        assertEquals(5, records(first).size(), "the header and four figures, the retracted one included");
        // The same file for the other source, under new ids: to the database, figures and a document it has never seen.
        String newDocument = UUID.randomUUID().toString();
        String renamed = first.replace("," + source + ",", "," + source + "-b,").replace(document, newDocument);
        for (List<String> row : records(first).subList(1, 5)) {
            renamed = renamed.replace(row.get(0), UUID.randomUUID().toString());
        }
        String since = endOfFeed();
        csv(renamed).post("/api/v1/imports?format=csv").then().statusCode(200)
                .body("created", is(4)).body("updated", is(0)).body("unchanged", is(0)).body("dry_run", is(false));
        String second = given().queryParam("source", source + "-b").queryParam("status", "all").get("/api/v1/exports/figures")
                .then().statusCode(200).extract().asString();
        assertEquals(sortedById(renamed), sortedById(second));
        given().get("/api/v1/documents/" + newDocument).then().statusCode(200).body("title", is("=Situation report, " + source))
                .body("url", is("https://example.org/sitrep")).body("published_on", is("2017-11-09"));
        // Each imported figure reaches the change feed once, as created, however old its history.
        assertEquals(List.of("created", "created", "created", "created"),
                changesOf(source + "-b", since).stream().map(c -> c.get("change")).toList());
        // And the exported file itself imports as "nothing to do".
        csv(first).post("/api/v1/imports").then().statusCode(200).body("unchanged", is(4)).body("created", is(0));
    }

    private static List<List<String>> sortedById(String csv) {
        List<List<String>> rows = records(csv);
        List<List<String>> body = new ArrayList<>(rows.subList(1, rows.size()));
        body.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        body.add(0, rows.get(0));
        return body;
    }

    @Test
    void shouldImportAnNdjsonExportIntoAPlaceThatHasNeverSeenIt() {
        String document = asAdmin().body(Map.of("title", "Flash update " + source, "publisher", source,
                "url", "https://example.org/flash")).post("/api/v1/documents").then().statusCode(201).extract().path("id");
        Map<String, Object> cited = flow("SY0902", source, 4200, "2017-10-01", "2017-10-31");
        cited.put("document_id", document);
        asAdmin().body(cited).post("/api/v1/figures").then().statusCode(201);
        String exported = given().queryParam("source", source).queryParam("format", "ndjson").get("/api/v1/exports/figures")
                .then().statusCode(200).extract().asString();
        // Unchanged where it came from...
        file("application/x-ndjson", exported).post("/api/v1/imports?format=ndjson").then().statusCode(200)
                .body("unchanged", is(1)).body("created", is(0));
        // ...and complete elsewhere: a new id and a document id nobody has stored yet.
        Map<String, Object> before = figuresOf(source).get(0);
        String newId = UUID.randomUUID().toString();
        String newDocument = UUID.randomUUID().toString();
        file("application/x-ndjson", exported.replace(document, newDocument).replace((String) before.get("id"), newId))
                .post("/api/v1/imports?format=ndjson").then().statusCode(200).body("created", is(1));
        given().get("/api/v1/figures/" + newId).then().statusCode(200)
                .body("document_id", is(newDocument))
                .body("document.title", is("Flash update " + source))
                .body("document.publisher", is(source))
                .body("created_at", is(before.get("created_at")))
                .body("updated_at", is(before.get("updated_at")))
                .body("version", is(before.get("version")));
    }

    @Test
    void shouldTakeARetractionFromAFileButOnlyWithItsReason() {
        String file = "id,metric,kind,value,period_start,period_end,location_code,source,status,status_reason\n";
        String id = UUID.randomUUID().toString();
        String row = id + ",displaced,flow,300,2017-03-01,2017-03-31,SY0901," + source + ",";
        csv(file + row + "reported,\n").post("/api/v1/imports").then().statusCode(200).body("created", is(1));
        String since = endOfFeed();
        csv(file + row + "retracted,\n").post("/api/v1/imports").then().statusCode(400)
                .body("errors[0].row", is(2)).body("errors[0].column", is("status_reason"));
        csv(file + row + "retracted,counted twice\n").post("/api/v1/imports").then().statusCode(200).body("updated", is(1));
        given().get("/api/v1/figures/" + id).then().body("status", is("retracted")).body("status_reason", is("counted twice"));
        assertEquals(List.of("retracted"), changesOf(source, since).stream().map(c -> c.get("change")).toList());
        // A retracted figure is kept as it was: a file cannot bring it back.
        csv(file + row + "reported,\n").post("/api/v1/imports").then().statusCode(400)
                .body("errors[0].message", containsString("retracted"));
    }

    @Test
    void shouldCreateADocumentOnceFromItsCitationAndRefuseOneThatContradictsTheStoredDocument() {
        String file = "metric,kind,value,period_start,period_end,location_code,source,document_title,document_url,document_published_on\n";
        String citation = ",Bulletin " + source + ",https://example.org/bulletin,2017-05-02\n";
        csv(file + "displaced,flow,10,2017-04-01,2017-04-30,SY0901," + source + citation
                + "killed,flow,2,2017-04-01,2017-04-30,SY0901," + source + citation).post("/api/v1/imports").then().statusCode(200)
                .body("created", is(2));
        List<Object> documents = figuresOf(source).stream().map(f -> f.get("document_id")).distinct().toList();
        assertEquals(1, documents.size(), "two rows citing the same report make one document");
        // Ids chosen by an import are time-ordered (UUID version 7), like those of the API.
        assertEquals(7, UUID.fromString((String) documents.get(0)).version());
        assertEquals(List.of(7, 7), figuresOf(source).stream().map(f -> UUID.fromString((String) f.get("id")).version()).toList());
        // The same file again finds that document: nothing to do.
        csv(file + "displaced,flow,10,2017-04-01,2017-04-30,SY0901," + source + citation).post("/api/v1/imports").then()
                .statusCode(200).body("unchanged", is(1));

        String withId = "metric,kind,value,period_start,period_end,location_code,source,document_id,document_title\n";
        csv(withId + "displaced,flow,11,2017-05-01,2017-05-31,SY0901," + source + "," + documents.get(0) + ",Another title\n")
                .post("/api/v1/imports").then().statusCode(400)
                .body("errors[0].column", is("document_title")).body("errors[0].message", containsString("Bulletin " + source));
        csv(withId + "displaced,flow,11,2017-05-01,2017-05-31,SY0901," + source + "," + UUID.randomUUID() + ",\n")
                .post("/api/v1/imports").then().statusCode(400)
                .body("errors[0].column", is("document_id")).body("errors[0].message", containsString("unknown document"));
        assertEquals(2, figuresOf(source).size());
    }

    @Test
    void shouldImportNdjsonAndTellTheChangeFeed() {
        String since = endOfFeed();
        String id = UUID.randomUUID().toString();
        String ndjson = "{\"id\":\"" + id + "\",\"metric\":\"displaced\",\"kind\":\"flow\",\"value\":5000,\"period_start\":\"2017-06-01\","
                + "\"period_end\":\"2017-06-30\",\"location_code\":\"SY0903\",\"source\":\"" + source + "\"}\n"
                + "\n"
                + "{\"metric\":\"in_need\",\"kind\":\"stock\",\"value\":13100000,\"period_end\":\"2017-11-01\",\"location_code\":\"SYR\"}\n";
        file("application/x-ndjson", ndjson).queryParam("source", source).post("/api/v1/imports").then().statusCode(200)
                .body("created", is(2)).body("errors.size()", is(0));
        given().get("/api/v1/figures/" + id).then().statusCode(200).body("value", is(5000)).body("created_by", org.hamcrest.Matchers.notNullValue());
        List<Map<String, Object>> changes = changesOf(source, since);
        assertEquals(2, changes.size());
        assertEquals(List.of("created", "created"), changes.stream().map(c -> c.get("change")).toList());

        String after = endOfFeed();
        file("application/x-ndjson", ndjson).queryParam("source", source).post("/api/v1/imports?format=ndjson").then().statusCode(200)
                .body("created", is(0)).body("unchanged", is(2));
        assertEquals(0, changesOf(source, after).size(), "re-importing the same file must not reach the feed");
    }

    @Test
    void shouldReadAWideHdxFileByItsHashtagsWhateverTheHeaderSays() {
        // Columns in an unusual order, attributes shuffled and in upper case, an untagged column and an unknown tag.
        String hxl = "Internal displacements (conflict),Remarks,ISO3,Country,Year,Stock of IDPs (conflict)\n"
                + "#AFFECTED+conflict+internaldisp+IDPS+ind,,#country+code,#country+name,#date+year,#affected+ind+idps+stock+conflict\n"
                + "2900000,first row,SYR,Syria,2017,6784000\n"
                + ",stock only,IRQ,Iraq,2017,2648000\n"
                + "1380000,,IRQ,Iraq,2016,\n";
        csv(hxl).queryParam("format", "hxl").queryParam("source", source).post("/api/v1/imports").then().statusCode(200)
                .body("created", is(4)).body("unchanged", is(0));
        List<Map<String, Object>> figures = figuresOf(source);
        assertEquals(4, figures.size());
        Map<String, Object> flowSyr = figures.stream().filter(f -> f.get("location_code").equals("SYR") && f.get("kind").equals("flow"))
                .findFirst().orElseThrow();
        assertEquals("idps", flowSyr.get("metric"));
        assertEquals(2900000, flowSyr.get("value"));
        assertEquals("2017-01-01", flowSyr.get("period_start"));
        assertEquals("2017-12-31", flowSyr.get("period_end"));
        assertEquals("year", flowSyr.get("date_precision"));
        Map<String, Object> stockIrq = figures.stream().filter(f -> f.get("location_code").equals("IRQ") && f.get("kind").equals("stock"))
                .findFirst().orElseThrow();
        assertEquals(2648000, stockIrq.get("value"));
        assertEquals(null, stockIrq.get("period_start"));
        assertEquals("2017-12-31", stockIrq.get("period_end"));
        // The same file again: nothing to do.
        csv(hxl).queryParam("format", "hxl").queryParam("source", source).post("/api/v1/imports").then().statusCode(200)
                .body("created", is(0)).body("unchanged", is(4));
    }

    @Test
    void shouldTakeTheMostPreciseAdminCodeAndTheSourceColumnOfAnHxlFile() {
        String hxl = "Source,Admin 1,Admin 2,Date,People in need\n"
                + "#meta+source,#adm1+code,#adm2+code,#date+year,#inneed+stock\n"
                + source + ",SY09,SY0902,2017,150000\n"
                + source + ",SY09,,2017,400000\n";
        csv(hxl).queryParam("format", "hxl").post("/api/v1/imports").then().statusCode(200).body("created", is(2));
        List<Map<String, Object>> figures = figuresOf(source);
        assertEquals(List.of("SY09", "SY0902"), figures.stream().map(f -> (String) f.get("location_code")).sorted().toList());
        assertEquals(List.of("in_need"), figures.stream().map(f -> f.get("metric")).distinct().toList());
    }

    @Test
    void shouldImportOwnHxlExport() {
        asAdmin().body(flow("SY0901", source, 700, "2017-02-01", "2017-02-28")).post("/api/v1/figures").then().statusCode(201);
        String hxl = given().queryParam("source", source).queryParam("format", "hxl").get("/api/v1/exports/figures").then()
                .statusCode(200).extract().asString();
        csv(hxl).queryParam("format", "hxl").post("/api/v1/imports").then().statusCode(200).body("unchanged", is(1));
        csv(hxl.replace(",700,", ",750,")).queryParam("format", "hxl").post("/api/v1/imports").then().statusCode(200)
                .body("updated", is(1));
        assertEquals(750, figuresOf(source).get(0).get("value"));
    }

    @Test
    void shouldRejectTheWholeFileAndListEveryBadRow() {
        String file = HEADER
                + "displaced,flow,100,,,,2017-01-01,2017-01-31,SY0901," + source + ",fine\n"
                + "starving,flow,100,,,,2017-01-01,2017-01-31,SY0901," + source + ",\n"
                + "displaced,flow,100,200,,approximately,2017-01-01,2017-01-31,SY0901," + source + ",\n"
                + "displaced,flow,lots,,,,2017-02-01,2017-01-31,atlantis," + source + ",\n"
                + "displaced,stock,100,,,,2017-01-01,2017-01-31,SY0901,nobody,\n";
        JsonPath answer = csv(file).post("/api/v1/imports").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("detail", containsString("nothing was imported")).extract().jsonPath();
        List<Map<String, Object>> errors = answer.getList("errors");
        List<String> found = errors.stream().map(e -> e.get("row") + " " + e.get("column")).toList();
        assertEquals(List.of("3 metric", "4 low", "5 value", "5 period_start", "5 location_code", "6 period_start", "6 source"), found);
        assertEquals(0, figuresOf(source).size(), "a rejected file stores nothing, not even its good rows");
    }

    @Test
    void shouldListBadRowsOfAnHxlFileByHashtag() {
        String hxl = "Country,Year,IDPs\n#country+code,#date+year,#affected+idps+stock\nSYR,2017,many\nXXX,20x7,5\n";
        csv(hxl).queryParam("format", "hxl").queryParam("source", source).post("/api/v1/imports").then().statusCode(400)
                .body("errors.row", contains(3, 4, 4))
                .body("errors.column", contains("#affected+idps+stock", "#date+year", "#country+code"));
    }

    @Test
    void shouldCountWithoutStoringOnADryRun() {
        String file = HEADER + "displaced,flow,100,,,,2017-01-01,2017-01-31,SY0901," + source + ",\n"
                + "killed,flow,3,,,,2017-01-01,2017-01-31,SY0901," + source + ",\n";
        csv(file).queryParam("dry_run", "true").post("/api/v1/imports").then().statusCode(200)
                .body("dry_run", is(true)).body("created", is(2));
        assertEquals(0, figuresOf(source).size());
    }

    @Test
    void shouldChangeNothingWhenTheSameFileIsImportedAgain() {
        String file = HEADER + "displaced,flow,100,,,,2017-01-01,2017-01-31,SY0901," + source + ",\"=1+1\"\n"
                + "displaced,stock,40,,,,,2017-01-31,SY0901," + source + ",\n";
        csv(file).post("/api/v1/imports").then().statusCode(200).body("created", is(2));
        String since = endOfFeed();
        csv(file).post("/api/v1/imports").then().statusCode(200).body("created", is(0)).body("updated", is(0)).body("unchanged", is(2));
        assertEquals(0, changesOf(source, since).size());
        // Matched on metric, kind, location, period and source: a new value is an update of the same figure.
        csv(file.replace(",40,", ",45,")).post("/api/v1/imports").then().statusCode(200).body("updated", is(1)).body("unchanged", is(1));
        List<Map<String, Object>> changes = changesOf(source, since);
        assertEquals(1, changes.size());
        assertEquals("updated", changes.get(0).get("change"));
        assertEquals(2, figuresOf(source).size());
    }

    @Test
    void shouldRejectDuplicateRowsInOneFile() {
        String row = "displaced,flow,100,,,,2017-01-01,2017-01-31,SY0901," + source + ",\n";
        csv(HEADER + row + row).post("/api/v1/imports").then().statusCode(400)
                .body("errors[0].row", is(3)).body("errors[0].message", containsString("row 2"));
    }

    @Test
    void shouldTakeARowWithoutIdThatRepeatsAnEarlierRowWithIdForADuplicate() {
        String file = "id,metric,kind,value,period_start,period_end,location_code,source\n"
                + UUID.randomUUID() + ",displaced,flow,100,2017-01-01,2017-01-31,SY0901," + source + "\n"
                + ",displaced,flow,120,2017-01-01,2017-01-31,SY0901," + source + "\n";
        csv(file).post("/api/v1/imports").then().statusCode(400)
                .body("errors[0].row", is(3)).body("errors[0].message", containsString("row 2"));
        assertEquals(0, figuresOf(source).size());
    }

    @Test
    void shouldExplainAHeaderItCannotRead() {
        csv("metric,kind,valeu\n").post("/api/v1/imports").then().statusCode(400).body("detail", containsString("valeu"));
        csv("Year,IDPs\n#date+year,#affected+idps+stock\n2017,5\n").queryParam("format", "hxl").queryParam("source", source)
                .post("/api/v1/imports").then().statusCode(400).body("detail", containsString("#country+code"));
        csv("Country,Year,IDPs\n#country+code,#date+year,#affected+idps\nSYR,2017,5\n").queryParam("format", "hxl")
                .queryParam("source", source).post("/api/v1/imports").then().statusCode(400).body("detail", containsString("+stock"));
        csv("Country,Year,IDPs\n#country+code,#date+year,#affected+idps+stock\nSYR,2017,5\n").queryParam("format", "hxl")
                .post("/api/v1/imports").then().statusCode(400).body("detail", containsString("&source="));
        csv(HEADER).queryParam("source", "no-such-source").post("/api/v1/imports").then().statusCode(400)
                .body("errors[0].field", is("source"));
    }

    @Test
    void shouldRefuseAFileAboveTheSizeLimit() {
        // %test.humstats.import.max-bytes is 2 MiB; in production the limit is 256 MiB.
        StringBuilder big = new StringBuilder(HEADER);
        String row = "displaced,flow,100,,,,2017-01-01,2017-01-31,SY0901," + source + ",padding padding padding padding\n";
        while (big.length() < 2 * 1024 * 1024 + 10) {
            big.append(row);
        }
        csv(big.toString()).post("/api/v1/imports").then().statusCode(413)
                .contentType(containsString("application/problem+json")).body("status", is(413));
    }

    /** A file whose last field never ends must be refused, not read into memory until the service runs out of it. */
    @Test
    void shouldRefuseARecordOrLineLongerThanAnyFigureNeeds() {
        String endless = "x".repeat(Csv.MAX_RECORD_CHARS + 10);
        csv("metric,kind,value,period_end,location_code,source,notes\ndisplaced,stock,1,2017-01-01,SY0902,un-ocha," + endless)
                .post("/api/v1/imports").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].row", org.hamcrest.Matchers.is(2))
                .body("errors[0].message", containsString("longer than " + Csv.MAX_RECORD_CHARS + " characters"));
        file("application/x-ndjson", "{\"metric\": \"displaced\", \"notes\": \"" + endless + "\"}")
                .post("/api/v1/imports").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].row", org.hamcrest.Matchers.is(1))
                .body("errors[0].message", containsString("longer than"));
    }

    @Test
    void shouldNeedAnEditorKey() {
        given().contentType("text/csv").body(HEADER).post("/api/v1/imports").then().statusCode(401);
        given().header("Authorization", "Bearer not-a-key").contentType("text/csv").body(HEADER).post("/api/v1/imports")
                .then().statusCode(401);
    }
}
