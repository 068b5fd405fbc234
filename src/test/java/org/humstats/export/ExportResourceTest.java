package org.humstats.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.humstats.Fixtures.asAdmin;
import static org.humstats.Fixtures.records;
import static org.humstats.Fixtures.createSource;
import static org.humstats.Fixtures.flow;
import static org.humstats.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.humstats.figure.FigureCsv;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExportResourceTest {

    private String source;

    @BeforeEach
    void threeFiguresOfANewSource() {
        source = unique("export");
        createSource(source, 0);
        Map<String, Object> guarded = flow("SY0902", source, 1200, "2017-03-01", "2017-03-31");
        guarded.put("quote", "=HYPERLINK(\"http://example.org\",\"click\")");
        guarded.put("notes", "-5 on the previous week");
        asAdmin().body(guarded).post("/api/v1/figures").then().statusCode(201);
        asAdmin().body(flow("SY0901", source, 800, "2017-04-01", "2017-04-30")).post("/api/v1/figures").then().statusCode(201);
        Map<String, Object> killed = flow("SY0901", source, 12, "2017-04-01", "2017-04-30");
        killed.put("metric", "killed");
        asAdmin().body(killed).post("/api/v1/figures").then().statusCode(201);
    }

    @Test
    void shouldExportEveryMatchingFigureAsCsvThatASpreadsheetCannotRun() {
        String csv = given().queryParam("source", source).get("/api/v1/exports/figures").then().statusCode(200)
                .header("Content-Type", containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment; filename=\"humstats-figures-"))
                .header("Content-Disposition", containsString(".csv\""))
                .extract().asString();
        List<List<String>> rows = records(csv);
        assertEquals(FigureCsv.COLUMNS, rows.get(0));
        assertEquals(4, rows.size(), "header and three figures");
        int quote = FigureCsv.COLUMNS.indexOf("quote");
        int notes = FigureCsv.COLUMNS.indexOf("notes");
        List<String> guarded = rows.stream().filter(r -> r.get(3).equals("1200")).findFirst().orElseThrow();
        assertEquals("'=HYPERLINK(\"http://example.org\",\"click\")", guarded.get(quote));
        assertEquals("'-5 on the previous week", guarded.get(notes));
        assertEquals("Source " + source, guarded.get(FigureCsv.COLUMNS.indexOf("source_name")));
    }

    @Test
    void shouldApplyTheFigureFilters() {
        String csv = given().queryParam("source", source).queryParam("metric", "killed").get("/api/v1/exports/figures")
                .then().statusCode(200).extract().asString();
        List<List<String>> rows = records(csv);
        assertEquals(2, rows.size());
        assertEquals("12", rows.get(1).get(3));
        assertEquals(2, records(given().queryParam("source", source).queryParam("location", "SY0901").queryParam("descendants", "false")
                .get("/api/v1/exports/figures").then().statusCode(200).extract().asString()).size() - 1);
    }

    @Test
    void shouldPutAnHxlHashtagUnderEachColumn() {
        String csv = given().queryParam("source", source).queryParam("format", "hxl").get("/api/v1/exports/figures")
                .then().statusCode(200).header("Content-Disposition", containsString(".hxl.csv\"")).extract().asString();
        List<List<String>> rows = records(csv);
        assertEquals(FigureCsv.COLUMNS, rows.get(0));
        assertEquals(FigureCsv.HXL_TAGS, rows.get(1));
        assertEquals("#affected", rows.get(1).get(FigureCsv.COLUMNS.indexOf("value")));
        assertEquals("#country+code", rows.get(1).get(FigureCsv.COLUMNS.indexOf("country_code")));
        int place = FigureCsv.COLUMNS.indexOf("location_code");
        int admin1 = FigureCsv.COLUMNS.indexOf("admin1_code");
        int admin2 = FigureCsv.COLUMNS.indexOf("admin2_code");
        assertEquals(List.of("#loc+code", "#adm1+code", "#adm2+code"),
                List.of(rows.get(1).get(place), rows.get(1).get(admin1), rows.get(1).get(admin2)));
        // Abu Kamal (SY0902) is an admin-2 area of Deir ez-Zor (SY09): each figure names the areas it lies in.
        List<String> abuKamal = rows.stream().filter(r -> r.get(place).equals("SY0902")).findFirst().orElseThrow();
        assertEquals(List.of("SY09", "SY0902"), List.of(abuKamal.get(admin1), abuKamal.get(admin2)));
        assertEquals(5, rows.size());
    }

    @Test
    void shouldWriteOneFigurePerLineAsNdjson() throws Exception {
        String body = given().queryParam("source", source).queryParam("format", "ndjson").get("/api/v1/exports/figures")
                .then().statusCode(200).header("Content-Type", containsString("application/x-ndjson"))
                .header("Content-Disposition", containsString(".ndjson\"")).extract().asString();
        String[] lines = body.split("\n");
        assertEquals(3, lines.length);
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            JsonNode f = json.readTree(line);
            assertEquals(source, f.get("source").asText());
            assertEquals("Source " + source, f.get("source_name").asText());
            assertTrue(f.hasNonNull("id"));
        }
    }

    @Test
    void shouldRefuseABadFilterOrFormatBeforeStreaming() {
        given().queryParam("format", "xlsx").get("/api/v1/exports/figures").then().statusCode(400).body("errors[0].field", is("format"));
        given().queryParam("metric", "no-such-metric").get("/api/v1/exports/figures").then().statusCode(400);
        given().queryParam("metirc", "killed").get("/api/v1/exports/figures").then().statusCode(400);
        given().queryParam("limit", "10").get("/api/v1/exports/figures").then().statusCode(400);
    }
}
