package org.humstats.aggregate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.humstats.Fixtures.asAdmin;
import static org.humstats.Fixtures.createSource;
import static org.humstats.Fixtures.stock;
import static org.humstats.Fixtures.unique;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Areas that straddle admin units: their figures are shown beside an answer (`related`), never summed into it. */
@QuarkusTest
class RelatedResourceTest {

    @Test
    void theSeedsBorderAreaFightersAreShownForSyriaAndIraqButNotCounted() {
        given().get("/api/v1/locations/euphrates-valley-border-area").then().statusCode(200)
                .body("overlaps", is(List.of("IQG01", "SY09")));
        for (String country : List.of("SYR", "IRQ")) {
            given().queryParam("metric", "fighters").queryParam("location", country).queryParam("subject", "islamic-state")
                    .queryParam("from", "2017-11-01").queryParam("to", "2017-11-30")
                    .get("/api/v1/aggregates").then().statusCode(200)
                    .body("data", hasSize(0))
                    .body("related.id", hasItem("5eed0f00-0000-4000-8000-000000000002"))
                    .body("related.find { it.id == '5eed0f00-0000-4000-8000-000000000002' }.value", is(1500))
                    .body("related.find { it.id == '5eed0f00-0000-4000-8000-000000000002' }.location_code",
                            is("euphrates-valley-border-area"))
                    .body("related.find { it.id == '5eed0f00-0000-4000-8000-000000000002' }.breakdown.subject",
                            is("islamic-state"));
        }
    }

    @Test
    void aRelatedFigureIsListedAndTheValueStaysThatOfTheScopesOwnFigures() {
        String country = unique("rc");
        String province = country + "-p1";
        String area = unique("straddling-area");
        String source = unique("src");
        createSource(source, 1);
        asAdmin().body(Map.of("code", country, "name", "Related land", "type", "area")).post("/api/v1/locations")
                .then().statusCode(201);
        asAdmin().body(Map.of("code", province, "name", "Province", "type", "area", "parent_code", country))
                .post("/api/v1/locations").then().statusCode(201);
        asAdmin().body(Map.of("code", area, "name", "Border area", "type", "area", "overlaps", List.of(province, "nowhere-0")))
                .post("/api/v1/locations").then().statusCode(400).body("errors[0].field", is("overlaps[1]"));
        asAdmin().body(Map.of("code", area, "name", "Border area", "type", "area", "overlaps", List.of(province)))
                .post("/api/v1/locations").then().statusCode(201).body("overlaps", is(List.of(province)));
        asAdmin().body(stock(province, source, 1000, "2018-06-30")).post("/api/v1/figures").then().statusCode(201);
        String inArea = asAdmin().body(stock(area, source, 700, "2018-06-30")).post("/api/v1/figures").then()
                .statusCode(201).extract().path("id");

        given().queryParam("metric", "displaced").queryParam("location", country).get("/api/v1/aggregates").then()
                .statusCode(200).body("data[0].value", is(1000))
                .body("related", hasSize(1)).body("related[0].id", is(inArea)).body("related[0].value", is(700))
                .body("related[0].kind", is("stock")).body("related[0].source", is(source));
        given().queryParam("metric", "displaced").queryParam("location", country).queryParam("to", "2018-01-01")
                .get("/api/v1/aggregates").then().statusCode(200).body("related", org.hamcrest.Matchers.nullValue());
    }
}
