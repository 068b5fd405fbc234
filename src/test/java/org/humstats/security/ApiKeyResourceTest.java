package org.humstats.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.humstats.Fixtures.as;
import static org.humstats.Fixtures.asAdmin;
import static org.humstats.Fixtures.flow;
import static org.humstats.Fixtures.newEditorKey;
import static org.humstats.Fixtures.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiKeyResourceTest {

    @Test
    void shouldShowANewKeyOnceAndNeverAgain() {
        String name = unique("newsroom");
        var created = asAdmin().body(Map.of("name", name, "role", "editor")).post("/api/v1/keys")
                .then().statusCode(201).body("key", startsWith("hs_")).body("role", is("editor")).extract();
        String id = created.path("id");
        asAdmin().get("/api/v1/keys").then().statusCode(200)
                .body("data.find { it.id == '" + id + "' }.name", is(name))
                .body("data.find { it.id == '" + id + "' }.key", nullValue())
                .body("data.find { it.id == '" + id + "' }.key_prefix", startsWith("hs_"));
    }

    @Test
    void shouldRefuseWritesWithoutAValidKey() {
        Map<String, Object> body = flow("SY0902", "un-ocha", 5, "2017-01-01", "2017-01-02");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/figures")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", startsWith("Bearer"));
        as("hs_not-a-real-key").body(body).post("/api/v1/figures").then().statusCode(401);
    }

    @Test
    void shouldKeepKeyManagementForAdmins() {
        String editor = newEditorKey();
        as(editor).body(Map.of("name", "sneaky", "role", "admin")).post("/api/v1/keys")
                .then().statusCode(403).contentType("application/problem+json");
        as(editor).get("/api/v1/keys").then().statusCode(403);
        given().get("/api/v1/keys").then().statusCode(401);
    }

    @Test
    void shouldStopARevokedKeyAtOnce() {
        var created = asAdmin().body(Map.of("name", unique("temp"), "role", "editor")).post("/api/v1/keys")
                .then().statusCode(201).extract();
        String key = created.path("key");
        String id = created.path("id");
        String source = unique("src");
        as(key).body(Map.of("id", source, "name", "A source", "type", "ngo")).post("/api/v1/sources").then().statusCode(201);
        asAdmin().post("/api/v1/keys/" + id + "/revocation").then().statusCode(200).body("revoked_at", notNullValue());
        as(key).body(Map.of("id", unique("src"), "name", "Another", "type", "ngo")).post("/api/v1/sources").then().statusCode(401);
    }

    @Test
    void shouldRecordWhichKeyCreatedAndChangedAFigure() {
        var key = asAdmin().body(Map.of("name", unique("desk"), "role", "editor")).post("/api/v1/keys")
                .then().statusCode(201).extract();
        String keyId = key.path("id");
        String figureId = as(key.path("key")).body(flow("SY0902", "un-ocha", 42, "2016-02-01", "2016-02-03"))
                .post("/api/v1/figures").then().statusCode(201)
                .body("created_by", is(keyId)).body("updated_by", is(keyId)).extract().path("id");
        String otherKeyId = asAdmin().get("/api/v1/keys").then().extract()
                .path("data.find { it.name == 'bootstrap admin (HUMSTATS_ADMIN_KEY)' && it.revoked_at == null }.id");
        asAdmin().body(flow("SY0902", "un-ocha", 43, "2016-02-01", "2016-02-03")).put("/api/v1/figures/" + figureId)
                .then().statusCode(200).body("created_by", is(keyId)).body("updated_by", is(otherKeyId))
                .body("updated_by", not(is(keyId)));
    }

    @Test
    void shouldRejectAKeyRequestWithoutName() {
        asAdmin().body(Map.of("role", "editor")).post("/api/v1/keys")
                .then().statusCode(400).body("errors.field", hasItem("name"));
    }
}
