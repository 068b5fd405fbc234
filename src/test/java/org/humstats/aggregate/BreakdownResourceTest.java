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

    @Test
    void aNeedsOverviewInHxlKeepsSectorsGendersAgesAndGroupsApartFromTheWhole() {
        String province = country + "-p1";
        asAdmin().body(Map.of("code", province, "name", "Province", "type", "area", "parent_code", country))
                .post("/api/v1/locations").then().statusCode(201);
        // Shaped like OCHA's HNO files on HDX; rows without a P-code are the country's.
        String hno = "Admin 1 PCode,Sector,Gender,Age Range,Disabled,Population Group,In Need\n"
                + "#adm1+code,#sector+code,#gender+code,#age+range,#is_disabled,#population_group+code,#inneed\n"
                + ",ALL,a,ALL,a,ALL,1000\n"
                + ",HEA,a,ALL,a,ALL,600\n"
                + ",PRO_CPM,a,ALL,a,ALL,150\n"
                + ",ALL,f,ALL,a,ALL,520\n"
                + ",ALL,a,0-17,a,IDP,300\n"
                + province + ",ALL,a,ALL,a,ALL,400\n";
        asAdmin().contentType("text/csv").body(hno).post("/api/v1/imports?format=hxl&source=" + monitor
                + "&location=" + country + "&kind=stock&period_end=2024-01-31").then().statusCode(200).body("created", is(6));
        given().queryParam("metric", "in_need").queryParam("location", country).get("/api/v1/aggregates").then()
                .statusCode(200).body("data[0].value", is(1000)).body("data[0].basis", is("direct"));
        given().queryParam("metric", "in_need").queryParam("location", country).queryParam("group_by", "sector")
                .get("/api/v1/aggregates").then().statusCode(200).body("data", hasSize(3))
                .body("data[0].value", is(1000)).body("data[1].breakdown.sector", is("hea"))
                .body("data[1].value", is(600)).body("data[2].breakdown.sector", is("pro-cpm"));
        given().queryParam("metric", "in_need").queryParam("location", country).queryParam("age", "0-17")
                .queryParam("population_group", "idps").get("/api/v1/aggregates").then().statusCode(200)
                .body("data[0].value", is(300));
        // Without the place for the national rows, the file says what is missing.
        asAdmin().contentType("text/csv").body("Sector,In Need\n#sector+code,#inneed\nALL,5\n")
                .post("/api/v1/imports?format=hxl&source=" + monitor + "&kind=stock&period_end=2024-01-31").then()
                .statusCode(400).body("detail", containsString("&location="));
    }

    @Test
    void displacementRoundsInHxlTellTheCauseAndTheSexesFromTheTotal() {
        // Shaped like IOM DTM's files on HDX: "nan" for no value, whole numbers written 580.0, causes in any case.
        String dtm = "admin0Pcode,numPresentIdpInd,reportingDate,displacementReason,numberMales,numberFemales\n"
                + "#country+code,#affected+idps,#date+reported,#cause+type,#affected+idps+m,#affected+idps+f\n"
                + country + ",1000,2018-12-31T00:00:00,Conflict,nan,nan\n"
                + country + ",1200,2019-12-31T00:00:00,conflict,580.0,620.0\n"
                + country + ",90,2019-12-31T00:00:00,Natural disaster,nan,nan\n";
        asAdmin().contentType("text/csv").body(dtm).post("/api/v1/imports?format=hxl&kind=stock&source=" + monitor)
                .then().statusCode(200).body("created", is(5));
        given().queryParam("metric", "idps").queryParam("location", country).queryParam("explain", "true")
                .get("/api/v1/aggregates").then().statusCode(200).body("data", hasSize(0))
                .body("parts_only[0].parts", hasSize(4));
        given().queryParam("metric", "idps").queryParam("location", country).queryParam("cause", "conflict")
                .queryParam("group_by", "sex").get("/api/v1/aggregates").then().statusCode(200)
                .body("data", hasSize(3)).body("data[0].value", is(1200))
                .body("data[1].breakdown.sex", is("female")).body("data[1].value", is(620))
                .body("data[2].breakdown.sex", is("male")).body("data[2].value", is(580));
        given().queryParam("metric", "idps").queryParam("location", country).queryParam("cause", "natural-disaster")
                .get("/api/v1/aggregates").then().statusCode(200).body("data[0].value", is(90));
    }

    @Test
    void aWideYearsTableOrAPreambleIsA400ThatSaysHow() {
        asAdmin().contentType("text/csv").body("Country,Origin,Population type,2012,2013\nIraq,Syria,Refugees,*,3\n")
                .post("/api/v1/imports?format=csv").then().statusCode(400)
                .body("detail", containsString("2012 to 2013 are years"));
        asAdmin().contentType("text/csv").body("\"Extracted from a database\"\nDate extracted: 2014\n")
                .post("/api/v1/imports?format=csv").then().statusCode(400)
                .body("detail", containsString("not a header"));
    }

    @Test
    void aMaskedSmallNumberIsARangeOfOneToFour() {
        String csv = "metric,kind,value,period_end,location_code,source\n"
                + "refugees,stock,*,2013-12-31," + country + "," + monitor + "\n"
                + "refugees,stock,-3,2012-12-31," + country + "," + monitor + "\n";
        asAdmin().contentType("text/csv").body(csv).post("/api/v1/imports?format=csv").then().statusCode(400)
                .body("errors", hasSize(1)).body("errors[0].row", is(3)).body("errors[0].column", is("value"));
        asAdmin().contentType("text/csv").body(csv.substring(0, csv.lastIndexOf("refugees"))).post("/api/v1/imports?format=csv")
                .then().statusCode(200).body("created", is(1));
        given().queryParam("location", country).queryParam("metric", "refugees").get("/api/v1/figures").then()
                .statusCode(200).body("data[0].value", is(2)).body("data[0].low", is(1)).body("data[0].high", is(4))
                .body("data[0].qualifier", is("range"));
    }

    @Test
    void columnsNamedByHeaderWinOverHashtagsThatMeanSomethingElse() {
        // Shaped like UCDP's events on HDX: only best is tagged, and #meta+source holds the article, not a source id.
        String ged = "id,source_article,date_start,date_end,iso3,low,best,high\n"
                + ",#meta+source,#date+start,#date+end,#country+code,,#affected+killed,\n"
                + "1,\"BBC, 2013-12-14, Seven killed\",2013-12-13,2013-12-14," + country + ",5,7,9\n";
        asAdmin().contentType("text/csv").body(ged).post("/api/v1/imports?format=hxl&kind=flow&source=" + monitor)
                .then().statusCode(400).body("errors[0].column", is("#meta+source"));
        asAdmin().contentType("text/csv").body(ged).post("/api/v1/imports?format=hxl&kind=flow&source=" + monitor
                + "&columns=source_article:-,low:low,high:high").then().statusCode(200).body("created", is(1));
        given().queryParam("location", country).queryParam("metric", "killed").get("/api/v1/figures").then()
                .statusCode(200).body("data[0].value", is(7)).body("data[0].low", is(5)).body("data[0].high", is(9));
        asAdmin().contentType("text/csv").body(ged).post("/api/v1/imports?format=hxl&columns=low:lowest").then()
                .statusCode(400).body("detail", containsString("columns"));
    }
}
