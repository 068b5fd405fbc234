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
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.humstats.figure.FigureCsv;
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
     * Export, import into a place where none of these figures exist, export again: the same file. The suite shares one
     * database, so "empty" is a second source of the same name and fresh ids; only the server's own columns (when the
     * figures were created) differ.
     */
    @Test
    void shouldImportAnExportAndExportTheSameFileAgain() {
        String name = "Round trip " + source;
        asAdmin().body(Map.of("id", source + "-b", "name", name, "type", "ngo")).post("/api/v1/sources").then().statusCode(201);
        asAdmin().body(Map.of("name", name, "type", "ngo")).put("/api/v1/sources/" + source).then().statusCode(200);
        String document = asAdmin().body(Map.of("title", "Situation report " + source, "url", "https://example.org/sitrep",
                "published_on", "2017-11-09")).post("/api/v1/documents").then().statusCode(201).extract().path("id");
        Map<String, Object> cited = flow("SY0902", source, 120000, "2017-10-11", "2017-11-08");
        cited.putAll(Map.of("qualifier", "range", "low", 100000, "high", 150000, "date_precision", "approximate",
                "document_id", document, "attributed_to", "Linda Tom, OCHA Damascus", "subject", "civilians",
                "quote", "=\"An estimated\" 120,000, \"in recent weeks\"\nsecond line", "notes", "+ one, with a comma"));
        asAdmin().body(cited).post("/api/v1/figures").then().statusCode(201);
        Map<String, Object> stock = new HashMap<>(Map.of("metric", "fighters", "kind", "stock", "value", 1500,
                "qualifier", "approximately", "period_end", "2017-11-08", "location_code", "euphrates-valley-border-area",
                "source", source, "status", "disputed", "status_reason", "-contested by a local council"));
        asAdmin().body(stock).post("/api/v1/figures").then().statusCode(201);
        Map<String, Object> cumulative = flow("SYR", source, 330000, "2011-03-01", "2017-11-08");
        cumulative.putAll(Map.of("metric", "killed", "kind", "cumulative", "qualifier", "at_least", "date_precision", "month"));
        asAdmin().body(cumulative).post("/api/v1/figures").then().statusCode(201);

        String first = given().queryParam("source", source).get("/api/v1/exports/figures").then().statusCode(200).extract().asString();
        // The same file for the other source, under new ids: to the database, figures it has never seen.
        String renamed = first.replace("," + source + ",", "," + source + "-b,");
        for (List<String> row : records(first).subList(1, 4)) {
            renamed = renamed.replace(row.get(0), UUID.randomUUID().toString());
        }
        csv(renamed).post("/api/v1/imports?format=csv").then().statusCode(200)
                .body("created", is(3)).body("updated", is(0)).body("unchanged", is(0)).body("dry_run", is(false));
        String second = given().queryParam("source", source + "-b").get("/api/v1/exports/figures").then().statusCode(200)
                .extract().asString();
        assertEquals(withoutServerTimes(sortedById(renamed)), withoutServerTimes(sortedById(second)));
        // And the exported file itself imports as "nothing to do".
        csv(first).post("/api/v1/imports").then().statusCode(200).body("unchanged", is(3)).body("created", is(0));
    }

    private static List<List<String>> sortedById(String csv) {
        List<List<String>> rows = records(csv);
        List<List<String>> body = new ArrayList<>(rows.subList(1, rows.size()));
        body.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        body.add(0, rows.get(0));
        return body;
    }

    private static List<List<String>> withoutServerTimes(List<List<String>> rows) {
        int created = FigureCsv.COLUMNS.indexOf("created_at");
        int updated = FigureCsv.COLUMNS.indexOf("updated_at");
        List<List<String>> out = new ArrayList<>();
        for (List<String> r : rows) {
            List<String> copy = new ArrayList<>(r);
            copy.set(created, "");
            copy.set(updated, "");
            out.add(copy);
        }
        return out;
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

    @Test
    void shouldNeedAnEditorKey() {
        given().contentType("text/csv").body(HEADER).post("/api/v1/imports").then().statusCode(401);
        given().header("Authorization", "Bearer not-a-key").contentType("text/csv").body(HEADER).post("/api/v1/imports")
                .then().statusCode(401);
    }
}
