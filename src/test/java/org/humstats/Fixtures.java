package org.humstats;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.humstats.common.Csv;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Requests the HTTP tests share: the test admin key and small builders for bodies. */
public final class Fixtures {

    /** %test.humstats.admin-key in application.properties. */
    public static final String ADMIN_KEY = "test-admin-key-0123456789abcdefghij";

    private Fixtures() {
    }

    public static RequestSpecification asAdmin() {
        return given().header("Authorization", "Bearer " + ADMIN_KEY).contentType(ContentType.JSON);
    }

    public static RequestSpecification as(String key) {
        return given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON);
    }

    /** A name no other test uses, so tests sharing one database never see each other's rows. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String newEditorKey() {
        return asAdmin().body(Map.of("name", unique("editor"), "role", "editor"))
                .post("/api/v1/keys").then().statusCode(201).extract().path("key");
    }

    public static void createSource(String id, int priority) {
        asAdmin().body(Map.of("id", id, "name", "Source " + id, "type", "ngo", "priority", priority))
                .post("/api/v1/sources").then().statusCode(201);
    }

    /** A valid flow figure body; tests change what they need. */
    public static Map<String, Object> flow(String location, String source, long value, String start, String end) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("metric", "displaced");
        f.put("kind", "flow");
        f.put("value", value);
        f.put("period_start", start);
        f.put("period_end", end);
        f.put("location_code", location);
        f.put("source", source);
        return f;
    }

    /** A valid stock figure body: a count on one as-of date, so no period start; tests change what they need. */
    public static Map<String, Object> stock(String location, String source, long value, String asOf) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("metric", "displaced");
        f.put("kind", "stock");
        f.put("value", value);
        f.put("period_end", asOf);
        f.put("location_code", location);
        f.put("source", source);
        return f;
    }

    /** The records of a CSV answer, header first. */
    public static List<List<String>> records(String csv) {
        Csv.RecordReader reader = new Csv.RecordReader(new StringReader(csv));
        List<List<String>> rows = new ArrayList<>();
        for (List<String> r = reader.next(); r != null; r = reader.next()) {
            rows.add(r);
        }
        return rows;
    }
}
