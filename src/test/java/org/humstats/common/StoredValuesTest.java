package org.humstats.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.humstats.Fixtures.ADMIN_KEY;
import static org.humstats.Fixtures.asAdmin;
import static org.humstats.Fixtures.createSource;
import static org.humstats.Fixtures.flow;
import static org.humstats.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What is stored can always be read: text that is not Unicode, counts beyond what a sum can hold and dates no report
 * speaks of are refused at every entrance, with a problem naming the field (or the row and column of a file), so that
 * the change feed and the aggregates keep answering.
 */
@QuarkusTest
class StoredValuesTest {

    private String source;

    @BeforeEach
    void aSourceOfOurOwn() {
        source = unique("stored-values");
        createSource(source, 0);
    }

    private long figures() {
        return ((Number) given().queryParam("source", source).queryParam("status", "all").queryParam("with_total", true)
                .get("/api/v1/figures").then().statusCode(200).extract().path("page.total")).longValue();
    }

    /** A body written by hand, so that escapes such as \ud800 reach the server as they are. */
    private static ValidatableResponse post(String path, String json) {
        return given().header("Authorization", "Bearer " + ADMIN_KEY).contentType("application/json; charset=utf-8")
                .body(json.getBytes(StandardCharsets.UTF_8)).post(path).then();
    }

    private String figure(String extra) {
        return "{\"metric\":\"displaced\",\"kind\":\"flow\",\"value\":5,\"period_start\":\"2017-06-01\",\"period_end\":\"2017-06-30\","
                + "\"location_code\":\"SY0902\",\"source\":\"" + source + "\"" + extra + "}";
    }

    @Test
    void shouldRefuseALoneSurrogateInNotesAndKeepTheChangeFeedReadable() {
        post("/api/v1/figures", figure(",\"notes\":\"a\\ud800b\"")).statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItem("notes")).body("errors.message", hasItem(containsString("surrogate")));
        post("/api/v1/figures", figure(",\"notes\":\"\\udc00 alone\"")).statusCode(400).body("errors.field", hasItem("notes"));
        post("/api/v1/figures", figure(",\"quote\":\"bell\\u0007\"")).statusCode(400).body("errors.field", hasItem("quote"))
                .body("errors.message", hasItem(containsString("U+0007")));
        assertEquals(0, figures());
        // Tab and line breaks are text, and a pair of surrogates is one character (here U+1F600).
        post("/api/v1/figures", figure(",\"notes\":\"line one\\r\\n\\tline two \\ud83d\\ude00\"")).statusCode(201);
        given().get("/api/v1/changes?limit=1000").then().statusCode(200);
        given().queryParam("source", source).get("/api/v1/figures").then().statusCode(200)
                .body("data[0].notes", is("line one\r\n\tline two \uD83D\uDE00"));
    }

    @Test
    void shouldRefuseBadTextInEveryOtherBody() {
        post("/api/v1/sources", "{\"id\":\"" + unique("s") + "\",\"name\":\"A\\u0000B\",\"type\":\"ngo\"}").statusCode(400)
                .body("errors.field", hasItem("name"));
        post("/api/v1/documents", "{\"title\":\"Report \\ud800\"}").statusCode(400).body("errors.field", hasItem("title"));
        post("/api/v1/locations", "{\"code\":\"" + unique("area") + "\",\"name\":\"Esc\\u001b\",\"type\":\"area\"}")
                .statusCode(400).body("errors.field", hasItem("name"));
        post("/api/v1/keys", "{\"name\":\"key \\ud800\",\"role\":\"editor\"}").statusCode(400).body("errors.field", hasItem("name"));
        post("/api/v1/extractions", "{\"text\":\"Some 500 people fled \\u0002 the town.\"}").statusCode(400)
                .body("errors.field", hasItem("text"));
    }

    @Test
    void shouldRefuseACountNoSumCanHoldAndStillAggregateTheLargestTaken() {
        post("/api/v1/figures", figure("").replace("\"value\":5", "\"value\":9223372036854775807")).statusCode(400)
                .body("errors.field", hasItem("value")).body("errors.message", hasItem(containsString("1000000000000")));
        post("/api/v1/figures", figure(",\"high\":1000000000001,\"qualifier\":\"approximately\"")).statusCode(400)
                .body("errors.field", hasItem("high"));
        assertEquals(0, figures());
        String place = unique("huge");
        asAdmin().body(Map.of("code", place, "name", "Huge", "type", "area", "country_code", "SYR"))
                .post("/api/v1/locations").then().statusCode(201);
        for (String month : new String[] {"01", "02", "03"}) {
            Map<String, Object> f = flow(place, source, StoredValues.MAX_COUNT, "2016-" + month + "-01", "2016-" + month + "-28");
            asAdmin().body(f).post("/api/v1/figures").then().statusCode(201);
        }
        given().queryParam("metric", "displaced").queryParam("location", place).queryParam("from", "2016-01-01")
                .queryParam("to", "2016-12-31").get("/api/v1/aggregates").then().statusCode(200)
                .body(containsString("3000000000000"));
        given().queryParam("metric", "displaced").queryParam("location", place).queryParam("from", "2016-01-01")
                .queryParam("to", "2016-12-31").queryParam("interval", "month").get("/api/v1/timeseries").then().statusCode(200);
    }

    @Test
    void shouldRefuseDatesOutsideTheYearsTakenAndNumbersInDateFields() {
        post("/api/v1/figures", figure("").replace("\"2017-06-01\"", "\"-999999999-01-01\"")).statusCode(400)
                .body("errors.field", hasItem("period_start"));
        post("/api/v1/figures", figure("").replace("\"2017-06-30\"", "\"+99999-01-01\"")).statusCode(400)
                .body("errors.field", hasItem("period_end")).body("errors.message", hasItem(containsString("1900-01-01")));
        post("/api/v1/figures", figure("").replace("\"2017-06-30\"", "17000")).statusCode(400)
                .body("errors.field", hasItem("period_end")).body("errors.message", hasItem(containsString("not a number")));
        post("/api/v1/figures", figure("").replace("\"2017-06-01\"", "\"1899-12-31\"")).statusCode(400)
                .body("errors.field", hasItem("period_start"));
        post("/api/v1/documents", "{\"title\":\"Old\",\"published_on\":17000}").statusCode(400)
                .body("errors.field", hasItem("published_on"));
        assertEquals(0, figures());
    }

    private ValidatableResponse importFile(String format, String contentType, String body) {
        return given().header("Authorization", "Bearer " + ADMIN_KEY).contentType(contentType)
                .body(body.getBytes(StandardCharsets.UTF_8)).queryParam("format", format).queryParam("source", source)
                .post("/api/v1/imports").then();
    }

    @Test
    void shouldNameTheRowAndColumnOfBadTextValuesAndDatesInEveryImportFormat() {
        String csv = "metric,kind,value,period_start,period_end,location_code,notes\n"
                + "displaced,flow,5,2017-06-01,2017-06-30,SY0902,fine\n"
                + "displaced,flow,6,2017-07-01,2017-07-31,SY0902,bell\u0007\n"
                + "displaced,flow,9223372036854775807,2017-08-01,2017-08-31,SY0902,\n"
                + "displaced,flow,7,2017-09-01,+99999-01-01,SY0902,\n"
                + "displaced,flow,7,17000,2017-10-31,SY0902,\n";
        importFile("csv", "text/csv", csv).statusCode(400).contentType(containsString("application/problem+json"))
                .body("errors.find { it.row == 3 }.column", is("notes"))
                .body("errors.find { it.row == 4 }.column", is("value"))
                .body("errors.find { it.row == 5 }.column", is("period_end"))
                .body("errors.find { it.row == 6 }.column", is("period_start"));
        String ndjson = figure(",\"notes\":\"a\\ud800b\"") + "\n" + figure("").replace("\"2017-06-30\"", "17000") + "\n";
        importFile("ndjson", "application/x-ndjson", ndjson).statusCode(400)
                .body("errors.find { it.row == 1 }.column", is("notes"))
                .body("errors.find { it.row == 2 }.column", is("period_end"));
        String hxl = "Country,Year,IDPs,Remarks\n#country+code,#date+year,#affected+idps+stock,#description+notes\n"
                + "SYR,2017,9223372036854775807,\nIRQ,2017,5,\u0001\n";
        importFile("hxl", "text/csv", hxl).statusCode(400)
                .body("errors.find { it.row == 3 }.column", is("#affected+idps+stock"))
                .body("errors.find { it.row == 4 }.column", containsString("notes"));
        assertEquals(0, figures());
    }
}
