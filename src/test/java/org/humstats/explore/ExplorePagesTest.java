package org.humstats.explore;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The explorer's pages and scripts are served by HumStats itself, so the page works without the internet. */
@QuarkusTest
class ExplorePagesTest {

    @Test
    void shouldServeTheExplorerWithItsViewInTheQueryString() {
        given().get("/explore?metric=idps&location=SYR&from=2011-01-01&point=stock@2017-01-01")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<script src=\"/webjars/echarts/5.3.1/dist/echarts.common.min.js\""),
                        containsString("<label for=\"place\">"));
    }

    @Test
    void shouldServeEveryScriptAndStyleTheExplorerNamesFromHumStatsItself() {
        String page = given().get("/explore").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(page.matches("(?s).*(src|href)=\"(https?:)?//.*"),
                "no script or style from another host");
        given().get("/webjars/echarts/5.3.1/dist/echarts.common.min.js").then().statusCode(200);
        given().get("/explore/explore.js").then().statusCode(200).body(containsString("/api/v1"));
        given().get("/explore/explore.css").then().statusCode(200);
    }

    @Test
    void shouldStillRefuseUnknownParametersOnTheApi() {
        given().get("/api/v1/figures?metirc=idps").then().statusCode(400);
    }
}
