package org.humstats.common;

import static io.restassured.RestAssured.given;
import static org.humstats.Fixtures.ADMIN_KEY;
import static org.humstats.Fixtures.createSource;
import static org.humstats.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile input generated from the served OpenAPI document: for every operation, each query parameter and each body
 * field gets wrong types, values out of range, over-long text and broken encodings. Whatever the input, the answer is
 * never a 5xx, a 4xx is always problem+json, and a refused request stores nothing (the figure count and the change
 * feed do not move).
 *
 * <p>Text that is not valid Unicode (lone surrogates, control characters), values beyond what every computation can
 * hold and dates far outside any report (or numbers in date fields) are refused too ({@link StoredValues}). Bodies are
 * JSON ({@code application/json}) or JSON merge patches ({@code application/merge-patch+json}, PATCH).
 */
@QuarkusTest
class BadInputTest {

    /** Writes every non-ASCII character as an escape, so that a lone surrogate reaches the server as {@code \\ud800}. */
    private static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII).build();
    /** Longer than any parameter takes, yet inside the request line Vert.x reads (4096; beyond it a 414, no body). */
    private static final String LONG_TEXT = "x".repeat(3000);
    /** Sent as raw bytes, never re-encoded by the client. */
    private static final RestAssuredConfig RAW = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    private JsonNode document;
    private String source;
    /** Stored rows that PUT and PATCH are aimed at, so that their bodies are checked rather than answered 404. */
    private String figure;
    private String storedDocument;
    private String location;
    private final List<String> failures = new ArrayList<>();

    @BeforeEach
    void readTheContract() throws Exception {
        document = JSON.readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        source = unique("bad-input");
        createSource(source, 0);
        location = unique("bad-input-area");
        given().header("Authorization", "Bearer " + ADMIN_KEY).contentType("application/json")
                .body(Map.of("code", location, "name", "An area", "type", "area", "country_code", "SYR"))
                .post("/api/v1/locations").then().statusCode(201);
        storedDocument = given().header("Authorization", "Bearer " + ADMIN_KEY).contentType("application/json")
                .body(Map.of("title", unique("A report"))).post("/api/v1/documents").then().statusCode(201).extract().path("id");
        figure = given().header("Authorization", "Bearer " + ADMIN_KEY).contentType("application/json")
                .body(validBody("POST", "/api/v1/figures").toString()).post("/api/v1/figures").then().statusCode(201)
                .extract().path("id");
    }

    /** How much is stored: every figure (retracted too) and the change feed's position. */
    private record Stored(long figures, String nextCursor) {
        static Stored now() {
            long figures = ((Number) given().get("/api/v1/figures?status=all&limit=1&with_total=true").then().statusCode(200)
                    .extract().path("page.total")).longValue();
            String cursor = null;
            String next = given().get("/api/v1/changes?limit=10000").then().statusCode(200).extract().path("page.next_cursor");
            while (next != null && !next.equals(cursor)) {
                cursor = next;
                next = given().queryParam("since", cursor).queryParam("limit", 10000).get("/api/v1/changes")
                        .then().statusCode(200).extract().path("page.next_cursor");
            }
            return new Stored(figures, cursor);
        }
    }

    @Test
    void shouldRefuseBadQueryParametersWithAProblemAndNeverA5xx() {
        Stored before = Stored.now();
        forEachOperation((method, path, op) -> {
            for (JsonNode p : op.path("parameters")) {
                if (!p.path("in").asText().equals("query")) {
                    continue;
                }
                for (String bad : badQueryValues(p.path("schema"))) {
                    send(method, path, op, Map.of(p.path("name").asText(), bad), null, "query " + p.path("name").asText() + "=" + bad);
                }
            }
            for (String badId : List.of("%00", "x".repeat(2000), "%ED%A0%80", "..%2F..%2Fetc")) {
                if (path.contains("{")) {
                    send(method, path.replaceAll("\\{[a-z]+}", badId), op, Map.of(), null, "path " + badId);
                }
            }
        });
        assertEquals(List.of(), failures);
        assertEquals(before, Stored.now(), "a refused request stored something");
    }

    @Test
    void shouldRefuseBadBodyFieldsWithAProblemAndStoreNothing() {
        Stored before = Stored.now();
        forEachJsonBody((method, path, op, schema) -> {
            ObjectNode valid = validBody(method, path);
            for (Iterator<Map.Entry<String, JsonNode>> it = properties(schema); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                for (Object bad : badFieldValues(resolve(field.getValue()))) {
                    ObjectNode body = valid.deepCopy();
                    body.set(field.getKey(), JSON.valueToTree(bad));
                    Response r = send(method, path, op, Map.of(), write(body), "field " + field.getKey() + "=" + abbreviate(bad));
                    if (r != null && r.statusCode() < 300) {
                        failures.add(method + " " + path + " field " + field.getKey() + "=" + abbreviate(bad) + ": accepted " + r.statusCode());
                    }
                }
            }
            // not JSON at all, JSON of the wrong shape, invalid UTF-8
            for (byte[] raw : List.of("{\"name\": ".getBytes(StandardCharsets.UTF_8), "[1,2,3]".getBytes(StandardCharsets.UTF_8),
                    "\"text\"".getBytes(StandardCharsets.UTF_8), new byte[] {'{', '"', 'n', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
                    new byte[] {'{', '"', 'n', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'})) {
                Response r = sendRaw(method, path, op, raw);
                check(method, path, "raw body " + new String(raw, StandardCharsets.ISO_8859_1), r);
                if (r.statusCode() < 300) {
                    failures.add(method + " " + path + " raw body accepted");
                }
            }
        });
        assertEquals(List.of(), failures);
        assertEquals(before, Stored.now(), "a refused request stored something");
    }

    @Test
    void shouldRefuseTextNumbersAndDatesNoComputationCanHold() {
        Stored before = Stored.now();
        forEachJsonBody((method, path, op, schema) -> {
            ObjectNode valid = validBody(method, path);
            for (Iterator<Map.Entry<String, JsonNode>> it = properties(schema); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode type = resolve(field.getValue());
                List<Object> values = new ArrayList<>();
                if (isType(type, "string") && !type.has("enum") && !"uuid".equals(type.path("format").asText())) {
                    values.addAll(List.of("a\ud800b", "a\u0001b", "\udc00"));
                }
                if (isType(type, "integer")) {
                    values.add(Long.MAX_VALUE);
                }
                if ("date".equals(type.path("format").asText())) {
                    values.addAll(List.of("-999999999-01-01", "+99999-01-01", 17000));
                }
                for (Object bad : values) {
                    ObjectNode body = valid.deepCopy();
                    body.set(field.getKey(), JSON.valueToTree(bad));
                    Response r = send(method, path, op, Map.of(), write(body), "field " + field.getKey() + "=" + abbreviate(bad));
                    if (r != null && r.statusCode() < 300) {
                        failures.add(method + " " + path + " field " + field.getKey() + "=" + abbreviate(bad) + ": accepted " + r.statusCode());
                    }
                }
            }
        });
        assertEquals(List.of(), failures);
        assertEquals(before, Stored.now(), "a refused request stored something");
    }

    // ------------------------------------------------------------------ generation

    private static List<String> badQueryValues(JsonNode schema) {
        List<String> values = new ArrayList<>(List.of(LONG_TEXT, "%C3%28", "%ED%A0%80", "a%00b", "%FF%FE"));
        if (isType(schema, "integer")) {
            values.addAll(List.of("abc", "1.5", "-1", "0x10", "99999999999999999999", "1e3"));
        }
        if (isType(schema, "boolean")) {
            values.addAll(List.of("maybe", "1", "yes"));
        }
        if (schema.has("enum")) {
            values.addAll(List.of("nope", "FLOW%20"));
        }
        String format = schema.path("format").asText();
        if (format.equals("date") || format.equals("date-time")) {
            values.addAll(List.of("2017-13-45", "2017-02-30", "12345", "+99999-01-01", "-999999999-01-01", "yesterday"));
        }
        return values;
    }

    private static List<Object> badFieldValues(JsonNode schema) {
        List<Object> values = new ArrayList<>();
        if (isType(schema, "string")) {
            // (a number or true for a text field is taken as its text by Jackson; not sent here)
            values.addAll(List.of(List.of("a"), Map.of("a", 1)));
            if (schema.has("maxLength")) {
                values.add("y".repeat(schema.path("maxLength").asInt() + 1));
            }
            if (schema.has("enum")) {
                values.add("nope");
            }
            String format = schema.path("format").asText();
            if (format.equals("date")) {
                values.addAll(List.of("2017-13-45", "2017-02-30", "12/31/2017"));
            }
            if (format.equals("date-time")) {
                values.addAll(List.of("2017-13-45T00:00:00Z", "noon"));
            }
            if (format.equals("uuid")) {
                values.addAll(List.of("not-a-uuid", "6f1d3a0e-2b8c-4a5e-9f7d"));
            }
        }
        if (isType(schema, "integer")) {
            values.addAll(List.of("abc", new java.math.BigInteger("99999999999999999999999"), List.of(1), Map.of("a", 1)));
            if (schema.has("minimum") && schema.path("minimum").asLong() == 0) {
                values.add(-1);
            }
        }
        if (isType(schema, "number")) {
            values.addAll(List.of("abc", List.of(1)));
        }
        if (isType(schema, "boolean")) {
            values.addAll(List.of("maybe", List.of(true)));
        }
        if (isType(schema, "array")) {
            values.addAll(List.of("not-a-list", 5));
        }
        return values;
    }

    /** A body each writing operation accepts, so that only the one bad field is wrong. */
    private ObjectNode validBody(String method, String path) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (method.equals("PATCH")) {
            // A merge patch names only what changes.
            switch (path) {
                case "/api/v1/figures/{id}" -> body.put("notes", "Checked again.");
                case "/api/v1/sources/{id}" -> body.put("acronym", "BI");
                case "/api/v1/documents/{id}" -> body.put("language", "en");
                case "/api/v1/locations/{code}" -> body.put("lat", 34.5);
                default -> {
                }
            }
            return JSON.valueToTree(body);
        }
        switch (path) {
            case "/api/v1/figures", "/api/v1/figures/{id}" -> {
                body.put("metric", "displaced");
                body.put("kind", "flow");
                body.put("value", 7);
                body.put("period_start", "2013-03-01");
                body.put("period_end", "2013-03-31");
                body.put("location_code", "SY0902");
                body.put("source", source);
            }
            case "/api/v1/sources", "/api/v1/sources/{id}" -> {
                body.put("id", unique("src"));
                body.put("name", "A body");
                body.put("type", "ngo");
            }
            case "/api/v1/documents", "/api/v1/documents/{id}" -> body.put("title", "A report");
            case "/api/v1/locations", "/api/v1/locations/{code}" -> {
                body.put("code", unique("area"));
                body.put("name", "An area");
                body.put("type", "area");
            }
            case "/api/v1/keys" -> {
                body.put("name", "a key");
                body.put("role", "editor");
            }
            case "/api/v1/figures/{id}/retraction" -> body.put("reason", "wrong");
            default -> {
            }
        }
        return JSON.valueToTree(body);
    }

    // ------------------------------------------------------------------ sending and checking

    private Response send(String method, String path, JsonNode op, Map<String, String> bad, String body, String what) {
        RequestSpecification request = given().config(RAW).urlEncodingEnabled(false)
                .header("Authorization", "Bearer " + ADMIN_KEY);
        String url = target(path);
        StringBuilder query = new StringBuilder();
        for (JsonNode p : op.path("parameters")) {
            String name = p.path("name").asText();
            if (p.path("in").asText().equals("query") && p.path("required").asBoolean() && !bad.containsKey(name)) {
                query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(encode(p.path("example").asText()));
            }
        }
        bad.forEach((name, value) -> query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                .append(value.contains("%") ? value : encode(value)));
        if (body != null) {
            request.contentType(mediaType(op) + "; charset=utf-8").body(body.getBytes(StandardCharsets.UTF_8));
        } else if (op.has("requestBody")) {
            request.contentType(mediaType(op) + "; charset=utf-8").body("{}".getBytes(StandardCharsets.UTF_8));
        }
        Response r = request.request(method, url + query);
        check(method, path, what, r);
        return r;
    }

    private Response sendRaw(String method, String path, JsonNode op, byte[] raw) {
        String url = target(path);
        return given().config(RAW).header("Authorization", "Bearer " + ADMIN_KEY)
                .contentType(mediaType(op) + "; charset=utf-8").body(raw).request(method, url);
    }

    /** The media type of the operation's body: JSON, or a JSON merge patch. */
    private static String mediaType(JsonNode op) {
        return op.path("requestBody").path("content").has(MERGE_PATCH) ? MERGE_PATCH : "application/json";
    }

    private static final String MERGE_PATCH = "application/merge-patch+json";

    /**
     * Figures, documents and locations of this test's own for PUT and PATCH (a bad field that slipped through would
     * show as an accepted answer and in the change feed), ids that name nothing elsewhere (a retraction, a source).
     */
    private String target(String path) {
        String id = path.startsWith("/api/v1/sources") ? "no-such-source"
                : path.equals("/api/v1/figures/{id}") ? figure
                : path.equals("/api/v1/documents/{id}") ? storedDocument
                : "6f1d3a0e-2b8c-4a5e-9f7d-0c1e2a3b4c5d";
        return path.replace("{id}", id).replace("{code}", location)
                .replace("{cid}", "7a2e4b1c-3d5f-4e6a-8b9c-0d1e2f3a4b5c");
    }

    private void check(String method, String path, String what, Response r) {
        int status = r.statusCode();
        String where = method + " " + path + " " + abbreviate(what) + ": ";
        if (status >= 500) {
            failures.add(where + status);
        } else if (status >= 400 && !String.valueOf(r.contentType()).startsWith("application/problem+json")) {
            failures.add(where + status + " as " + r.contentType());
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The body as JSON text with every non-ASCII character escaped (JsonNode.toString() would not). */
    private static String write(JsonNode body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(Object value) {
        StringBuilder escaped = new StringBuilder();
        for (char c : String.valueOf(value).toCharArray()) {
            escaped.append(c < 0x20 || Character.isSurrogate(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        String text = escaped.toString();
        return text.length() > 40 ? text.substring(0, 20) + "…(" + text.length() + " chars)" : text;
    }

    // ------------------------------------------------------------------ reading the document

    private interface OperationVisitor {
        void visit(String method, String path, JsonNode op);
    }

    private interface BodyVisitor {
        void visit(String method, String path, JsonNode op, JsonNode schema);
    }

    private void forEachOperation(OperationVisitor visitor) {
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op ->
                visitor.visit(op.getKey().toUpperCase(), path.getKey(), op.getValue())));
    }

    private void forEachJsonBody(BodyVisitor visitor) {
        forEachOperation((method, path, op) -> {
            JsonNode schema = op.path("requestBody").path("content").path(mediaType(op)).path("schema");
            if (!schema.isMissingNode()) {
                visitor.visit(method, path, op, resolve(schema));
            }
        });
    }

    private Iterator<Map.Entry<String, JsonNode>> properties(JsonNode schema) {
        return resolve(schema).path("properties").fields();
    }

    /** Follows a $ref (also one hidden in the anyOf of a nullable field). */
    private JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            return resolve(document.at(schema.get("$ref").asText().substring(1)));
        }
        if (schema.has("anyOf")) {
            for (JsonNode option : schema.get("anyOf")) {
                if (!isType(option, "null")) {
                    return resolve(option);
                }
            }
        }
        return schema;
    }

    private static boolean isType(JsonNode schema, String type) {
        JsonNode t = schema.path("type");
        if (t.isArray()) {
            for (JsonNode each : t) {
                if (each.asText().equals(type)) {
                    return true;
                }
            }
            return false;
        }
        return t.asText().equals(type);
    }
}
