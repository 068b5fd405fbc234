package org.humstats.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.humstats.Fixtures.ADMIN_KEY;
import static org.humstats.Fixtures.asAdmin;
import static org.humstats.Fixtures.createSource;
import static org.humstats.Fixtures.stock;
import static org.humstats.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An import never clears a field its file does not have, and its dry run says per row what would change.
 */
@QuarkusTest
class ImportKeepsFieldsTest {

    private static final String IDMC_SYRIA_2017 = "5eed0f00-0000-4000-8000-000000000008";
    /**
     * IDMC's wide layout: a place, a year and a value column, nothing about citations, qualifiers or notes. The column
     * is the total stock (a +conflict column would be a part, a different quantity: docs/counting.md#breakdowns).
     */
    private static final String WIDE = "ISO3,Year,Stock of IDPs\n#country+code,#date+year,#affected+idps+ind+stock\n";

    private static ValidatableResponse hxl(String file, String source, boolean dryRun) {
        return given().header("Authorization", "Bearer " + ADMIN_KEY).contentType("text/csv")
                .body(file.getBytes(StandardCharsets.UTF_8)).queryParam("format", "hxl").queryParam("source", source)
                .queryParam("dry_run", dryRun).post("/api/v1/imports").then();
    }

    @Test
    void shouldKeepTheCitationNotesAndQualifierOfSeededIdmcFiguresUnderAWideFile() {
        Map<String, Object> before = given().get("/api/v1/figures/" + IDMC_SYRIA_2017).then().statusCode(200)
                .extract().jsonPath().getMap("");
        // The same count with IDMC's year precision: only the date precision would change, nothing is cleared.
        hxl(WIDE + "SYR,2017,6784000\n", "idmc", true).statusCode(200).body("dry_run", is(true))
                .body("updated", is(1)).body("changes.size()", is(1))
                .body("changes[0].row", is(3)).body("changes[0].id", is(IDMC_SYRIA_2017)).body("changes[0].action", is("update"))
                .body("changes[0].fields.field", contains("date_precision"))
                .body("changes[0].fields[0].from", is("day")).body("changes[0].fields[0].to", is("year"));
        // A new value: the per-row answer names it, old and new.
        hxl(WIDE + "SYR,2017,6800000\n", "idmc", true).statusCode(200)
                .body("changes[0].fields.field", contains("value", "date_precision"))
                .body("changes[0].fields[0].from", is("6784000")).body("changes[0].fields[0].to", is("6800000"));
        assertEquals(before, given().get("/api/v1/figures/" + IDMC_SYRIA_2017).then().extract().jsonPath().getMap(""),
                "a dry run stored something");
    }

    @Test
    void shouldKeepWhatTheFileDoesNotHaveWhenItChangesAFigure() {
        String source = unique("keeps");
        createSource(source, 0);
        String place = unique("keep-area");
        asAdmin().body(Map.of("code", place, "name", "Keep area", "type", "area", "country_code", "SYR"))
                .post("/api/v1/locations").then().statusCode(201);
        Map<String, Object> f = stock(place, source, 1000, "2017-12-31");
        f.put("metric", "idps");
        f.put("qualifier", "approximately");
        f.put("date_precision", "year");
        f.put("notes", "Counted by the camp committee.");
        f.put("attributed_to", "Camp committee");
        f.put("document", Map.of("title", unique("Camp report"), "published_on", "2018-01-15"));
        String id = asAdmin().body(f).post("/api/v1/figures").then().statusCode(201).extract().path("id");
        String document = given().get("/api/v1/figures/" + id).then().extract().path("document_id");

        String file = "Place,Year,IDPs\n#loc+code,#date+year,#affected+idps+stock\n" + place + ",2017,1100\n";
        hxl(file, source, true).statusCode(200).body("changes[0].fields.field", contains("value"));
        hxl(file, source, false).statusCode(200).body("updated", is(1)).body("changes", nullValue());
        given().get("/api/v1/figures/" + id).then().statusCode(200).body("value", is(1100))
                .body("document_id", is(document)).body("notes", is("Counted by the camp committee."))
                .body("qualifier", is("approximately")).body("attributed_to", is("Camp committee"));

        // An empty cell of a column the file has does clear the field.
        String withNotes = "Place,Year,IDPs,Notes\n#loc+code,#date+year,#affected+idps+stock,#description+notes\n" + place + ",2017,1100,\n";
        hxl(withNotes, source, true).statusCode(200).body("changes[0].fields.field", contains("notes"))
                .body("changes[0].fields[0].to", nullValue());
        // NDJSON likewise: a key not in the line is kept.
        String line = "{\"metric\":\"idps\",\"kind\":\"stock\",\"value\":1200,\"period_end\":\"2017-12-31\",\"location_code\":\""
                + place + "\",\"source\":\"" + source + "\"}\n";
        given().header("Authorization", "Bearer " + ADMIN_KEY).contentType("application/x-ndjson").body(line.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports?format=ndjson").then().statusCode(200).body("updated", is(1));
        given().get("/api/v1/figures/" + id).then().body("value", is(1200)).body("notes", is("Counted by the camp committee."))
                .body("date_precision", is("year")).body("document_id", is(document));
        List<Object> none = List.of();
        hxl(file.replace("1100", "1200"), source, true).statusCode(200).body("unchanged", is(1)).body("changes", is(none));
    }
}
