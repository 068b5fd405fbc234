package org.humstats.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * openapi/openapi.json is what partners read and generate clients from; it must be exactly what the server serves.
 * When this fails after an intended API change, the served document is in target/openapi.json: review and copy it.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @Test
    void committedDocumentEqualsTheServedOne() throws Exception {
        JsonNode served = JSON.readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        Path target = Path.of("target", "openapi.json");
        Files.createDirectories(target.getParent());
        Files.writeString(target, JSON.writeValueAsString(served) + "\n");
        Path committed = Path.of("openapi", "openapi.json");
        assertTrue(Files.exists(committed), "openapi/openapi.json is missing; copy target/openapi.json there");
        assertEquals(JSON.readTree(Files.readString(committed)), served,
                "openapi/openapi.json differs from what the server serves: review target/openapi.json and copy it to openapi/");
    }

    @Test
    void everyOperationAndParameterIsDescribedForReaders() throws Exception {
        JsonNode doc = JSON.readTree(given().get("/q/openapi?format=json").asString());
        List<String> missing = new ArrayList<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String where = op.getKey().toUpperCase() + " " + path.getKey();
            if (!op.getValue().hasNonNull("description") && !op.getValue().hasNonNull("summary")) {
                missing.add(where + ": no description");
            }
            for (JsonNode p : op.getValue().path("parameters")) {
                if (!p.hasNonNull("description")) {
                    missing.add(where + " parameter " + p.path("name").asText() + ": no description");
                }
                if (!p.hasNonNull("example") && !p.path("schema").hasNonNull("example")) {
                    missing.add(where + " parameter " + p.path("name").asText() + ": no example");
                }
            }
            op.getValue().path("responses").fields().forEachRemaining(ref -> {
                // shared answers (429, 503, ...) are written once under components.responses
                var r = ref.getValue().has("$ref") ? java.util.Map.entry(ref.getKey(), doc.at("/components/responses/"
                        + ref.getValue().get("$ref").asText().substring("#/components/responses/".length()))) : ref;
                if (!r.getValue().hasNonNull("description") || r.getValue().get("description").asText().isBlank()) {
                    missing.add(where + " response " + r.getKey() + ": no description");
                }
                JsonNode json = r.getValue().path("content").path("application/json");
                boolean jsonAnswer = r.getValue().path("content").has("application/json");
                if (r.getKey().startsWith("2") && jsonAnswer && !json.has("example") && !json.has("examples")) {
                    missing.add(where + " response " + r.getKey() + ": no JSON example");
                }
            });
        }));
        assertEquals(List.of(), missing);
    }
}
