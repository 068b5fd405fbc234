package org.humstats.aggregate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.humstats.Fixtures.asAdmin;
import static org.humstats.Fixtures.createSource;
import static org.humstats.Fixtures.stock;
import static org.humstats.Fixtures.unique;

import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Breakdowns over HTTP (issue 11): stored, read back, filtered, counted apart, imported and exported. */
@QuarkusTest
class BreakdownResourceTest {

    String country;
    String monitor;

    @BeforeEach
    void aCountryAndAMonitor() {
        country = unique("bd");
        monitor = unique("monitor");
        asAdmin().body(Map.of("code", country, "name", "Breakdown land", "type", "area")).post("/api/v1/locations")
                .then().statusCode(201);
        createSource(monitor, 5);
    }

    private Map<String, Object> toll(long value, String asOf) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("metric", "killed");
        f.put("kind", "cumulative");
        f.put("value", value);
        f.put("period_start", "2011-03-15");
        f.put("period_end", asOf);
        f.put("location_code", country);
        f.put("source", monitor);
        return f;
    }

    private static String post(Map<String, Object> figure) {
        return asAdmin().body(figure).post("/api/v1/figures").then().statusCode(201).extract().path("id");
    }

    @Test
    void theCiviliansTollIsNeverGivenAsTheWholeToll() {
        String whole = post(toll(330_000, "2017-12-03"));
        Map<String, Object> civilians = toll(106_500, "2017-12-10");
        civilians.put("subject", "civilians");
        String part = post(civilians);

        given().queryParam("metric", "killed").queryParam("location", country).queryParam("explain", "true")
                .get("/api/v1/aggregates").then().statusCode(200)
                .body("data", hasSize(1)).body("data[0].value", is(330_000)).body("data[0].breakdown", nullValue())
                .body("data[0].figures.used", is(List.of(whole))).body("data[0].figures.excluded", hasSize(0));
        given().queryParam("metric", "killed").queryParam("location", country).queryParam("subject", "civilians")
                .get("/api/v1/aggregates").then().statusCode(200)
                .body("breakdown.subject", is("civilians"))
                .body("data[0].value", is(106_500)).body("data[0].breakdown.subject", is("civilians"));
        given().queryParam("metric", "killed").queryParam("location", country).queryParam("group_by", "subject")
                .get("/api/v1/aggregates").then().statusCode(200)
                .body("data", hasSize(2)).body("data[0].value", is(330_000))
                .body("data[1].value", is(106_500)).body("data[1].breakdown.subject", is("civilians"));
        given().queryParam("metric", "killed").queryParam("location", country).queryParam("from", "2017-01-01")
                .queryParam("to", "2017-12-31").queryParam("interval", "year").get("/api/v1/timeseries").then()
                .statusCode(200).body("series[0].points[0].value", is(330_000));
        given().queryParam("location", country).queryParam("subject", "civilians").get("/api/v1/figures").then()
                .statusCode(200).body("data", hasSize(1)).body("data[0].id", is(part));
    }

    @Test
    void breakdownFieldsAreStoredReadBackAndChangedWithPut() {
        Map<String, Object> girls = stock(country, monitor, 1200, "2018-06-30");
        girls.put("metric", "in_need");
        girls.put("sex", "Female");
        girls.put("age", "0-17");
        girls.put("population_group", "idps");
        girls.put("sector", "health");
        girls.put("cause", "Conflict");
        String id = post(girls);
        given().get("/api/v1/figures/" + id).then().statusCode(200)
                .body("sex", is("female")).body("age", is("0-17")).body("population_group", is("idps"))
                .body("sector", is("health")).body("cause", is("conflict")).body("unit", is("people"))
                .body("origin_precision", is("day"));

        String etag = given().get("/api/v1/figures/" + id).then().extract().header("ETag");
        girls.put("unit", "households");
        asAdmin().header("If-Match", etag).body(girls).put("/api/v1/figures/" + id).then().statusCode(200)
                .body("unit", is("households"));
        given().queryParam("location", country).queryParam("unit", "households").queryParam("sex", "female")
                .get("/api/v1/figures").then().statusCode(200).body("data", hasSize(1));
        given().queryParam("location", country).queryParam("unit", "people").get("/api/v1/figures").then()
                .statusCode(200).body("data", hasSize(0));
    }

    @Test
    void onlyPartsGiveNoWholeAndExplainSaysSo() {
        for (String sex : List.of("female", "male")) {
            Map<String, Object> f = stock(country, monitor, sex.equals("female") ? 520 : 480, "2018-06-30");
            f.put("sex", sex);
            post(f);
        }
        given().queryParam("metric", "displaced").queryParam("location", country).get("/api/v1/aggregates").then()
                .statusCode(200).body("data", hasSize(0));
        given().queryParam("metric", "displaced").queryParam("location", country).queryParam("explain", "true")
                .get("/api/v1/aggregates").then().statusCode(200).body("data", hasSize(0))
                .body("parts_only", hasSize(1)).body("parts_only[0].kind", is("stock"))
                .body("parts_only[0].parts", hasSize(2)).body("parts_only[0].parts[0].sex", is("female"))
                .body("parts_only[0].message", containsString("never adds parts up to a whole"));
        given().queryParam("metric", "displaced").queryParam("location", country).queryParam("group_by", "sex")
                .get("/api/v1/aggregates").then().statusCode(200).body("data", hasSize(2))
                .body("data[0].breakdown.sex", is("female")).body("data[0].value", is(520))
                .body("data[1].breakdown.sex", is("male")).body("data[1].value", is(480));
    }

    @Test
    void badBreakdownValuesAreA400NamingTheField() {
        Map<String, Object> f = stock(country, monitor, 10, "2018-06-30");
        f.put("sex", "other");
        f.put("age", "60-18");
        f.put("unit", "tents");
        asAdmin().body(f).post("/api/v1/figures").then().statusCode(400)
                .body("errors.field", is(List.of("sex", "age", "unit")));
        Map<String, Object> g = stock(country, monitor, 10, "2018-06-30");
        g.put("origin_precision", "month");
        asAdmin().body(g).post("/api/v1/figures").then().statusCode(400)
                .body("errors[0].field", is("origin_precision"));
        given().queryParam("metric", "displaced").queryParam("sector", "Health & Nutrition").get("/api/v1/aggregates")
                .then().statusCode(400).body("detail", containsString("sector"));
        given().queryParam("metric", "displaced").queryParam("group_by", "gender").get("/api/v1/aggregates")
                .then().statusCode(400);
    }

    @Test
    void aCsvImportReadsTheBreakdownColumnsAndTheExportWritesThem() {
        String csv = "metric,kind,value,period_end,location_code,source,sex,age,cause\n"
                + "idps,stock,1000,2018-06-30," + country + "," + monitor + ",,,\n"
                + "idps,stock,510,2018-06-30," + country + "," + monitor + ",female,,\n"
                + "idps,stock,490,2018-06-30," + country + "," + monitor + ",male,,\n"
                + "idps,stock,400,2018-06-30," + country + "," + monitor + ",,0-17,Conflict\n";
        asAdmin().contentType("text/csv").body(csv).post("/api/v1/imports?format=csv").then().statusCode(200)
                .body("created", is(4));
        given().queryParam("metric", "idps").queryParam("location", country).get("/api/v1/aggregates").then()
                .statusCode(200).body("data[0].value", is(1000));
        String exported = given().queryParam("location", country).queryParam("sex", "male").queryParam("format", "csv")
                .get("/api/v1/exports/figures").then().statusCode(200).extract().asString();
        List<List<String>> records = org.humstats.Fixtures.records(exported);
        assertEqualsCell(records, "sex", "male");
        assertEqualsCell(records, "unit", "people");
        // The same file again changes nothing: the parts are matched on their breakdown, not taken for the total.
        asAdmin().contentType("text/csv").body(csv).post("/api/v1/imports?format=csv").then().statusCode(200)
                .body("unchanged", is(4)).body("created", is(0));
    }

    private static void assertEqualsCell(List<List<String>> records, String column, String expected) {
        int at = records.get(0).indexOf(column);
        org.junit.jupiter.api.Assertions.assertEquals(2, records.size(), records.toString());
        org.junit.jupiter.api.Assertions.assertEquals(expected, records.get(1).get(at), column);
    }
}
