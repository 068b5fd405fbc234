package org.humstats.aggregate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.humstats.Fixtures.asAdmin;
import static org.humstats.Fixtures.createSource;
import static org.humstats.Fixtures.flow;
import static org.humstats.Fixtures.stock;
import static org.humstats.Fixtures.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The worked example of SPEC.md over HTTP, on a small tree of its own (a region with three districts) so that
 * other tests' data cannot change the numbers.
 */
@QuarkusTest
class AggregateResourceTest {

    String region;
    String north;
    String border;
    String south;
    String ocha;
    String sarc;
    String f3;
    String f4;
    String f5;

    @BeforeEach
    void buildTheWorkedExample() {
        region = unique("region");
        north = region + "-north";
        border = region + "-border";
        south = region + "-south";
        asAdmin().body(Map.of("code", region, "name", "Test region", "type", "area")).post("/api/v1/locations").then().statusCode(201);
        for (String d : new String[] {north, border, south}) {
            asAdmin().body(Map.of("code", d, "name", "District " + d, "type", "area", "parent_code", region))
                    .post("/api/v1/locations").then().statusCode(201);
        }
        ocha = unique("ocha");
        sarc = unique("sarc");
        createSource(ocha, 10);
        createSource(sarc, 0);
        post(flow(border, ocha, 120000, "2017-10-15", "2017-11-08"));
        Map<String, Object> f2 = flow(border, sarc, 100000, "2017-10-01", "2017-11-10");
        f2.put("qualifier", "at_least");
        post(f2);
        f3 = post(flow(north, ocha, 50000, "2017-10-01", "2017-10-31"));
        f4 = post(flow(north, ocha, 20000, "2017-10-01", "2017-10-15"));
        f5 = post(flow(south, ocha, 9999, "2017-09-20", "2017-10-20"));
    }

    private static String post(Map<String, Object> figure) {
        return asAdmin().body(figure).post("/api/v1/figures").then().statusCode(201).extract().path("id");
    }

    private ValidatableResponse aggregate(String location, String... params) {
        var req = given().queryParam("metric", "displaced").queryParam("location", location)
                .queryParam("from", "2017-10-01").queryParam("to", "2017-12-31");
        for (int i = 0; i < params.length; i += 2) {
            req.queryParam(params[i], params[i + 1]);
        }
        return req.get("/api/v1/aggregates").then().statusCode(200);
    }

    @Test
    void shouldSumTheChildrenOfARegionWithoutFiguresOfItsOwn() {
        aggregate(region)
                .body("metric", is("displaced")).body("policy", is("preferred")).body("rollup", is("prefer_direct"))
                .body("data", hasSize(1))
                .body("data[0].location_code", is(region)).body("data[0].kind", is("flow"))
                .body("data[0].value", is(170000)).body("data[0].low", is(150000)).body("data[0].high", nullValue())
                .body("data[0].basis", is("children")).body("data[0].source_count", is(2))
                .body("data[0].coverage.with_data", is(2)).body("data[0].coverage.total", is(3));
    }

    @Test
    void shouldApplyEachCrossSourcePolicy() {
        aggregate(region, "policy", "max").body("data[0].value", is(170000));
        aggregate(region, "policy", "min").body("data[0].value", is(150000));
        aggregate(region, "policy", "median").body("data[0].value", is(160000));
        aggregate(region, "policy", "mean").body("data[0].value", is(160000));
        aggregate(border, "policy", "median").body("data[0].value", is(110000));
    }

    @Test
    void shouldListEachSourcesValueOnADirectRow() {
        aggregate(border)
                .body("data[0].basis", is("direct")).body("data[0].value", is(120000))
                .body("data[0].sources.find { it.source == '" + ocha + "' }.chosen", is(true))
                .body("data[0].sources.find { it.source == '" + sarc + "' }.value", is(100000))
                .body("data[0].sources.find { it.source == '" + sarc + "' }.high", nullValue())
                .body("data[0].low", is(100000)).body("data[0].high", nullValue());
    }

    @Test
    void shouldExplainWhichFiguresWereUsedAndWhy() {
        aggregate(region, "explain", "true")
                .body("data[0].figures.used", hasItem(f3))
                .body("data[0].figures.excluded.find { it.id == '" + f4 + "' }.reason", is("overlaps_chosen_figure"))
                .body("data[0].figures.excluded.find { it.id == '" + f5 + "' }.reason", is("outside_window"));
    }

    @Test
    void shouldStopCountingARetractedFigureAndSayWhy() {
        String id = post(flow(south, ocha, 7000, "2017-11-01", "2017-11-30"));
        aggregate(region).body("data[0].value", is(177000)).body("data[0].coverage.with_data", is(3));
        asAdmin().body(Map.of("reason", "double entry")).post("/api/v1/figures/" + id + "/retraction").then().statusCode(200);
        aggregate(region, "explain", "true").body("data[0].value", is(170000))
                .body("data[0].figures.excluded.find { it.id == '" + id + "' }.reason", is("status_retracted"));
    }

    @Test
    void shouldCountDisputedFiguresOnlyWhenAskedTo() {
        Map<String, Object> disputed = flow(south, ocha, 3000, "2017-12-01", "2017-12-05");
        disputed.put("status", "disputed");
        disputed.put("status_reason", "local council disagrees");
        post(disputed);
        aggregate(region).body("data[0].value", is(170000));
        aggregate(region, "status", "reported,verified,disputed").body("data[0].value", is(173000));
        // "all", as figure lists take it, counts every status, the disputed figure included.
        aggregate(region, "status", "all").body("data[0].value", is(173000));
        given().get("/api/v1/aggregates?metric=displaced&location=" + region + "&status=everything").then().statusCode(400)
                .body("errors[0].field", is("status")).body("errors[0].message", containsString("or all"));
    }

    @Test
    void shouldGiveOneRowPerSourceWhenGroupedBySource() {
        aggregate(border, "group_by", "source").body("data", hasSize(2))
                .body("data.find { it.source == '" + sarc + "' }.value", is(100000));
    }

    @Test
    void shouldGiveRowsAtAnAdminLevelInsideTheScope() {
        given().queryParam("metric", "displaced").queryParam("location", "SY09").queryParam("level", "2")
                .queryParam("from", "2017-10-01").queryParam("to", "2017-11-30").get("/api/v1/aggregates")
                .then().statusCode(200)
                .body("data.find { it.location_code == 'SY0902' }.value", is(120000))
                .body("data.find { it.location_code == 'SY0902' }.sources[0].source", is("un-ocha"));
    }

    @Test
    void shouldAnswerInCsv() {
        String csv = aggregate(region, "format", "csv").contentType(startsWith("text/csv")).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(csv.startsWith("metric,from,to,policy"), csv);
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains(",170000,150000,,2,children,2,3"), csv);
    }

    @Test
    void shouldChartQuartersWithEmptyBucketsPresent() {
        given().queryParam("metric", "displaced").queryParam("location", border).queryParam("interval", "quarter")
                .queryParam("from", "2017-01-01").queryParam("to", "2017-12-31").get("/api/v1/timeseries")
                .then().statusCode(200)
                .body("series.find { it.kind == 'flow' }.points", hasSize(4))
                .body("series.find { it.kind == 'flow' }.points[0].start", is("2017-01-01"))
                .body("series.find { it.kind == 'flow' }.points[0].end", is("2017-03-31"))
                .body("series.find { it.kind == 'flow' }.points[0].value", nullValue())
                .body("series.find { it.kind == 'flow' }.points[3].value", is(120000))
                .body("series.find { it.kind == 'flow' }.points[3].low", is(100000))
                .body("series.find { it.kind == 'flow' }.points[3].high", nullValue())
                .body("series.find { it.kind == 'flow' }.points[3].source_count", is(2));
    }

    @Test
    void shouldCarryAStockForwardWhenAsked() {
        post(stock(north, ocha, 4000, "2017-02-10"));
        given().queryParam("metric", "displaced").queryParam("location", north).queryParam("interval", "month")
                .queryParam("from", "2017-01-01").queryParam("to", "2017-04-30").queryParam("fill", "previous")
                .get("/api/v1/timeseries").then().statusCode(200)
                .body("series.find { it.kind == 'stock' }.points.value", org.hamcrest.Matchers.contains(null, 4000, 4000, 4000))
                .body("series.find { it.kind == 'stock' }.points.carried_forward",
                        org.hamcrest.Matchers.contains(false, false, true, true));
    }

    @Test
    void shouldKeepAFlowSeriesWhoseFlowsAllStraddleBuckets() {
        // Only flows crossing a month boundary: none counts in a monthly series, but the series is there, empty.
        given().queryParam("metric", "displaced").queryParam("location", border).queryParam("interval", "month")
                .queryParam("from", "2017-10-01").queryParam("to", "2017-12-31").get("/api/v1/timeseries")
                .then().statusCode(200)
                .body("series.kind", org.hamcrest.Matchers.contains("flow"))
                .body("series[0].points.value", org.hamcrest.Matchers.contains(null, null, null));
    }

    @Test
    void shouldCountAFlowInsideTheFirstBucketThatStartsBeforeFrom() {
        // Rule 7: the first bucket is the whole month that contains `from`.
        post(flow(south, ocha, 700, "2017-10-02", "2017-10-09"));
        given().queryParam("metric", "displaced").queryParam("location", south).queryParam("interval", "month")
                .queryParam("from", "2017-10-15").queryParam("to", "2017-11-30").get("/api/v1/timeseries")
                .then().statusCode(200)
                .body("series.find { it.kind == 'flow' }.points.value", org.hamcrest.Matchers.contains(700, null));
    }

    @Test
    void shouldAnswerTheSameWithAndWithoutExplanations() {
        post(stock(north, sarc, 3000, "2017-10-05"));
        post(stock(north, sarc, 3500, "2017-11-20"));
        for (String explain : new String[] {"false", "true"}) {
            aggregate(north, "explain", explain)
                    .body("data.find { it.kind == 'stock' }.value", is(3500))
                    .body("data.find { it.kind == 'flow' }.value", is(50000));
            given().queryParam("metric", "displaced").queryParam("location", north).queryParam("interval", "month")
                    .queryParam("from", "2017-10-01").queryParam("to", "2017-12-31").queryParam("explain", explain)
                    .get("/api/v1/timeseries").then().statusCode(200)
                    .body("series.find { it.kind == 'stock' }.points.value", org.hamcrest.Matchers.contains(3000, 3500, null))
                    .body("series.find { it.kind == 'flow' }.points.value", org.hamcrest.Matchers.contains(50000, null, null));
        }
        aggregate(north, "explain", "true")
                .body("data.find { it.kind == 'stock' }.figures.excluded.reason", hasItem("superseded_by_later_stock"));
    }

    @Test
    void shouldTakeARegionsOwnFiguresWhereItHasThemAndItsDistrictsElsewhere() {
        // The region reports October and November itself; December is known only from below, two levels down.
        post(flow(region, ocha, 400000, "2017-10-01", "2017-10-31"));
        post(flow(region, ocha, 300000, "2017-11-01", "2017-11-30"));
        String village = north + "-a";
        asAdmin().body(Map.of("code", village, "name", "Village " + village, "type", "area", "parent_code", north))
                .post("/api/v1/locations").then().statusCode(201);
        post(flow(village, sarc, 800, "2017-12-01", "2017-12-10"));
        post(flow(south, ocha, 600, "2017-12-05", "2017-12-20"));
        for (String explain : new String[] {"false", "true"}) {
            given().queryParam("metric", "displaced").queryParam("location", region).queryParam("interval", "month")
                    .queryParam("from", "2017-10-01").queryParam("to", "2017-12-31").queryParam("explain", explain)
                    .get("/api/v1/timeseries").then().statusCode(200)
                    .body("series.find { it.kind == 'flow' }.points.value",
                            org.hamcrest.Matchers.contains(400000, 300000, 1400))
                    .body("series.find { it.kind == 'flow' }.points.source_count",
                            org.hamcrest.Matchers.contains(1, 1, 2));
        }
    }

    @Test
    void shouldRefuseImpossibleQuestionsClearly() {
        given().get("/api/v1/aggregates?location=SY09").then().statusCode(400).body("errors[0].field", is("metric"));
        given().get("/api/v1/aggregates?metric=happiness").then().statusCode(400).body("errors[0].field", is("metric"));
        given().get("/api/v1/aggregates?metric=displaced&location=ATLANTIS").then().statusCode(400)
                .body("detail", containsString("ATLANTIS"));
        given().get("/api/v1/aggregates?metric=displaced&from=2018-01-01&to=2017-01-01").then().statusCode(400)
                .body("errors[0].field", is("from"));
        given().get("/api/v1/aggregates?metric=displaced&policy=average").then().statusCode(400)
                .body("detail", containsString("median"));
        given().get("/api/v1/timeseries?metric=displaced&location=SY09&from=1990-01-01&to=2017-12-31&interval=day")
                .then().statusCode(400).body("errors[0].field", is("interval")).body("detail", containsString("5000"));
        given().get("/api/v1/timeseries?metric=displaced&location=SY09&from=2017-01-01").then().statusCode(400)
                .body("errors[0].field", is("to"));
        given().get("/api/v1/timeseries?metric=displaced&location=SY09&from=2017-01-01&to=2017-12-31&interval=fortnight")
                .then().statusCode(400).body("errors[0].field", is("interval"));
    }
}
