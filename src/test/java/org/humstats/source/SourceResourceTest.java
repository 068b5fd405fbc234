package org.humstats.source;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.humstats.Fixtures.asAdmin;
import static org.humstats.Fixtures.unique;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SourceResourceTest {

    @Test
    void shouldShowSeededSourcesWithPriority() {
        given().get("/api/v1/sources/un-ocha").then().statusCode(200)
                .body("acronym", is("OCHA")).body("type", is("un_agency")).body("priority", is(10));
        given().get("/api/v1/sources?type=military").then().statusCode(200).body("data.id", hasItem("us-led-coalition"));
    }

    @Test
    void shouldCreateChangeAndRefuseDuplicates() {
        String id = unique("monitor");
        asAdmin().body(Map.of("id", id, "name", "Local monitor", "type", "monitoring_group"))
                .post("/api/v1/sources").then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith("/api/v1/sources/" + id))
                .body("priority", is(0));
        asAdmin().body(Map.of("id", id, "name", "Again", "type", "ngo")).post("/api/v1/sources").then().statusCode(409);
        asAdmin().body(Map.of("name", "Local monitor (renamed)", "type", "monitoring_group", "priority", 3))
                .put("/api/v1/sources/" + id).then().statusCode(200).body("name", is("Local monitor (renamed)")).body("priority", is(3))
                .body("version", is(1));
        given().get("/api/v1/sources/" + id).then().statusCode(200).body("priority", is(3));
    }

    @Test
    void shouldRejectABadSlugAndUnknownType() {
        asAdmin().body(Map.of("id", "UN OCHA!", "name", "x", "type", "ngo")).post("/api/v1/sources")
                .then().statusCode(400).body("errors.field", hasItem("id"));
        asAdmin().body(Map.of("id", unique("x"), "name", "x", "type", "blog")).post("/api/v1/sources")
                .then().statusCode(400).body("errors[0].field", is("type"));
        given().get("/api/v1/sources?type=blog").then().statusCode(400).body("errors[0].field", is("type"));
    }

    @Test
    void shouldKeepAliasesSoLongHandNamesAndAcronymsFindTheSource() {
        String id = unique("relief-office");
        asAdmin().body(Map.of("id", id, "name", "Relief Coordination Office", "acronym", "RCO", "type", "un_agency",
                        "aliases", List.of("UN relief coordination office", "Relief Coordination Office", "Oficina de Coordinación")))
                .post("/api/v1/sources").then().statusCode(201)
                // The name itself is not repeated as an alias.
                .body("aliases", org.hamcrest.Matchers.contains("Oficina de Coordinación", "UN relief coordination office"));
        given().get("/api/v1/sources?q=un relief coordination").then().statusCode(200).body("data.id", hasItem(id));
        given().get("/api/v1/sources?q=OFICINA DE COORDINACION").then().statusCode(200).body("data.id", hasItem(id));
        asAdmin().body(Map.of("name", "Relief Coordination Office", "type", "un_agency", "aliases", List.of("RCO office")))
                .put("/api/v1/sources/" + id).then().statusCode(200).body("aliases", org.hamcrest.Matchers.contains("RCO office"));
        given().get("/api/v1/sources?q=oficina").then().statusCode(200).body("data.id", org.hamcrest.Matchers.not(hasItem(id)));
        given().get("/api/v1/sources/un-ocha").then().statusCode(200).body("aliases", hasItem("UN OCHA"));
    }

    @Test
    void shouldAnswer404ForAnUnknownSource() {
        given().get("/api/v1/sources/nobody").then().statusCode(404).contentType("application/problem+json");
        asAdmin().body(Map.of("name", "x", "type", "ngo")).put("/api/v1/sources/nobody").then().statusCode(404);
    }
}
