package org.humstats.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.humstats.Fixtures.ADMIN_KEY;
import static org.humstats.Fixtures.as;
import static org.humstats.Fixtures.asAdmin;
import static org.humstats.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@QuarkusTest
class KeyLifecycleTest {

    private static final String ROTATED_KEY = "rotated-bootstrap-key-0123456789abcdef";

    @Inject
    ApiKeyService service;

    private static String mint(RequestSpecification by, String role) {
        return by.body(Map.of("name", unique(role), "role", role)).post("/api/v1/keys")
                .then().statusCode(201).extract().path("key");
    }

    @Test
    void shouldNeverLetASharedCacheKeepTheKeyList() {
        asAdmin().get("/api/v1/keys").then().statusCode(200).header("Cache-Control", "private, no-store");
        asAdmin().body(Map.of("name", unique("desk"), "role", "editor")).post("/api/v1/keys")
                .then().statusCode(201).header("Cache-Control", "private, no-store");
    }

    @Test
    void shouldShowNoCharacterOfTheBootstrapSecret() {
        asAdmin().get("/api/v1/keys").then().statusCode(200)
                .body("data.findAll { it.created_by == null }.key_prefix", everyItem(is("env")))
                .body("data.key_prefix", not(hasItem(ADMIN_KEY.substring(0, 7))))
                .body("data.findAll { it.created_by != null }.key_prefix", everyItem(startsWith("hs_")));
    }

    @Test
    void shouldRefuseABootstrapKeyShorterThan32Characters() {
        var e = assertThrows(IllegalStateException.class, () -> ApiKeyService.bootstrapKey(Optional.of("x")));
        assertTrue(e.getMessage().contains("at least 32"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> ApiKeyService.bootstrapKey(Optional.of("a".repeat(31))));
        assertTrue(ApiKeyService.bootstrapKey(Optional.of("a".repeat(32))) != null);
        assertTrue(ApiKeyService.bootstrapKey(Optional.empty()) == null, "no key at all is allowed: no admin then");
    }

    @Test
    void shouldStopAnExpiredKeyWithAClearMessage() throws InterruptedException {
        String soon = Instant.now().plusSeconds(2).toString();
        var created = asAdmin().body(Map.of("name", unique("short-lived"), "role", "editor", "expires_at", soon))
                .post("/api/v1/keys").then().statusCode(201).body("expires_at", is(soon)).extract();
        String key = created.path("key");
        as(key).body(Map.of("id", unique("src"), "name", "A source", "type", "ngo")).post("/api/v1/sources").then().statusCode(201);
        Thread.sleep(2500);
        as(key).body(Map.of("id", unique("src"), "name", "Another", "type", "ngo")).post("/api/v1/sources")
                .then().statusCode(401).contentType("application/problem+json").body("detail", containsString("expired"));
        // a read sent with the expired key says so too, rather than silently reading anonymously
        as(key).get("/api/v1/metrics").then().statusCode(401).body("detail", containsString("expired"));
        given().get("/api/v1/metrics").then().statusCode(200);
    }

    @Test
    void shouldRefuseAnExpiryInThePast() {
        asAdmin().body(Map.of("name", unique("late"), "role", "editor", "expires_at", "2001-01-01T00:00:00Z"))
                .post("/api/v1/keys").then().statusCode(400).body("errors.field", hasItem("expires_at"));
        asAdmin().body(Map.of("name", unique("late"), "role", "editor", "expires_at", "tomorrow"))
                .post("/api/v1/keys").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldRevokeAdminKeysMintedUnderARotatedBootstrapKey() {
        String admin = mint(asAdmin(), "admin");
        String mintedByThatAdmin = mint(as(admin), "admin");
        String editor = mint(as(admin), "editor");
        try {
            service.installBootstrapKey(ROTATED_KEY);
            as(ADMIN_KEY).get("/api/v1/keys").then().statusCode(401);
            as(ROTATED_KEY).get("/api/v1/keys").then().statusCode(200);
            as(admin).get("/api/v1/keys").then().statusCode(401).body("detail", containsString("revoked"));
            as(mintedByThatAdmin).get("/api/v1/keys").then().statusCode(401);
            as(editor).body(Map.of("id", unique("src"), "name", "Still writing", "type", "ngo")).post("/api/v1/sources")
                    .then().statusCode(201);
        } finally {
            service.installBootstrapKey(ADMIN_KEY);
        }
        asAdmin().get("/api/v1/keys").then().statusCode(200);
        as(ROTATED_KEY).get("/api/v1/keys").then().statusCode(401);
    }
}
