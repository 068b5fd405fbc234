package org.humstats.location;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.humstats.Fixtures.asAdmin;
import static org.humstats.Fixtures.unique;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LocationResourceTest {

    @Test
    void shouldFindAbuKamalByAnySpelling() {
        for (String q : List.of("Albu Kamal", "albu kamal", "AL-BUKAMAL", "abu kamal", "البوكمال", "SY0902")) {
            given().queryParam("q", q).get("/api/v1/locations").then().statusCode(200).body("data.code", hasItem("SY0902"));
        }
    }

    @Test
    void shouldIgnoreAccents() {
        given().queryParam("q", "Déir-ez-Zôr").get("/api/v1/locations").then().statusCode(200).body("data.code", hasItem("SY09"));
    }

    @Test
    void shouldShowAncestorsFromCountryDown() {
        given().get("/api/v1/locations/SY0902").then().statusCode(200)
                .body("name", is("Abu Kamal"))
                .body("aliases", hasItem("Albu Kamal"))
                .body("ancestors.code", contains("SYR", "SY09"))
                .body("ancestors[0].name", is("Syria"));
    }

    @Test
    void shouldFilterByParentCountryAndLevel() {
        given().get("/api/v1/locations?parent=SY09").then().statusCode(200)
                .body("data.code", hasItem("SY0902")).body("data.parent_code", everyItem(is("SY09")));
        given().get("/api/v1/locations?country=IRQ&admin_level=1").then().statusCode(200)
                .body("data.code", hasItem("IQG01")).body("data.admin_level", everyItem(is(1)));
        given().get("/api/v1/locations?admin_level=7").then().statusCode(400);
    }

    @Test
    void shouldAddAnAdminAreaUnderItsParentAndFindIt() {
        String code = "SY09" + unique("x").substring(2, 8).toUpperCase().replace('-', '9');
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", "Hajin Test", "type", "admin3",
                "parent_code", "SY0902", "aliases", List.of("Hajīn")));
        asAdmin().body(body).post("/api/v1/locations").then().statusCode(201)
                .body("country_code", is("SYR")).body("admin_level", is(3));
        given().queryParam("q", "hajin").get("/api/v1/locations").then().body("data.code", hasItem(code));
        given().get("/api/v1/locations/" + code).then().body("ancestors.code", contains("SYR", "SY09", "SY0902"));
    }

    @Test
    void shouldRejectAnAdminAreaAtTheWrongLevel() {
        Map<String, Object> body = Map.of("code", "SY0999", "name", "Nowhere", "type", "admin2", "parent_code", "SYR");
        asAdmin().body(body).post("/api/v1/locations").then().statusCode(400)
                .body("errors.field", hasItem("parent_code"));
        asAdmin().body(Map.of("code", "SY0998", "name", "Nowhere", "type", "admin2", "parent_code", "NOPE"))
                .post("/api/v1/locations").then().statusCode(400).body("errors[0].message", org.hamcrest.Matchers.containsString("NOPE"));
        given().get("/api/v1/locations/SY0999").then().statusCode(404);
    }

    @Test
    void shouldMoveASubtreeWithItsParent() {
        String area = unique("zone");
        String sub = unique("camp");
        asAdmin().body(Map.of("code", area, "name", "Zone", "type", "area", "parent_code", "SY09")).post("/api/v1/locations")
                .then().statusCode(201);
        asAdmin().body(Map.of("code", sub, "name", "Camp", "type", "settlement", "parent_code", area)).post("/api/v1/locations")
                .then().statusCode(201);
        asAdmin().body(Map.of("name", "Zone", "type", "area", "parent_code", "SY11")).put("/api/v1/locations/" + area)
                .then().statusCode(200).body("ancestors.code", contains("SYR", "SY11"));
        given().get("/api/v1/locations/" + sub).then().body("ancestors.code", contains("SYR", "SY11", area));
        given().get("/api/v1/locations?parent=" + area).then().body("data.code", containsInAnyOrder(sub));
    }

    @Test
    void shouldPageWithoutRepeatsOrGaps() {
        List<String> all = given().get("/api/v1/locations?limit=10000").then().extract().path("data.code");
        List<String> paged = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var req = given().queryParam("limit", 3);
            if (cursor != null) {
                req.queryParam("cursor", cursor);
            }
            var page = req.get("/api/v1/locations").then().statusCode(200).extract();
            paged.addAll(page.path("data.code"));
            cursor = page.path("page.next_cursor");
        } while (cursor != null);
        org.junit.jupiter.api.Assertions.assertEquals(all, paged);
        given().get("/api/v1/locations?q=zzzzqqq").then().body("data", empty());
    }
}
