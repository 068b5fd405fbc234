package org.humstats.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.humstats.Fixtures.asAdmin;
import static org.humstats.Fixtures.createSource;
import static org.humstats.Fixtures.flow;
import static org.humstats.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChangeFeedTest {

    /** The cursor at the end of the feed right now. */
    private static String endOfFeed() {
        String cursor = given().get("/api/v1/changes?limit=10000").then().statusCode(200).extract().path("page.next_cursor");
        while (true) {
            var page = given().queryParam("since", cursor).queryParam("limit", 10000).get("/api/v1/changes").then().extract();
            String next = page.path("page.next_cursor");
            if (next.equals(cursor)) {
                return cursor;
            }
            cursor = next;
        }
    }

    @Test
    void shouldTellAPartnerEveryChangeOfAFigureInOrder() {
        String source = unique("src");
        createSource(source, 0);
        String since = endOfFeed();
        String id = asAdmin().body(flow("SY0901", source, 10, "2014-01-01", "2014-01-31")).post("/api/v1/figures")
                .then().statusCode(201).extract().path("id");
        asAdmin().body(flow("SY0901", source, 12, "2014-01-01", "2014-01-31")).put("/api/v1/figures/" + id).then().statusCode(200);
        // the same body again is not a change
        asAdmin().body(flow("SY0901", source, 12, "2014-01-01", "2014-01-31")).put("/api/v1/figures/" + id).then().statusCode(200)
                .body("version", is(1));
        asAdmin().body(Map.of("reason", "duplicate of another report")).post("/api/v1/figures/" + id + "/retraction")
                .then().statusCode(200);
        given().queryParam("since", since).get("/api/v1/changes").then().statusCode(200)
                .body("data.size()", is(3))
                .body("data.change", org.hamcrest.Matchers.contains("created", "updated", "retracted"))
                .body("data.figure.id", org.hamcrest.Matchers.everyItem(is(id)))
                .body("data[0].figure.value", is(10))
                .body("data[1].figure.value", is(12))
                .body("data[2].figure.status", is("retracted"))
                .body("data[0].changed_at", notNullValue())
                .body("page.next_cursor", notNullValue());
        String after = given().queryParam("since", since).get("/api/v1/changes").then().extract().path("page.next_cursor");
        given().queryParam("since", after).get("/api/v1/changes").then().statusCode(200)
                .body("data.size()", is(0)).body("page.next_cursor", is(after));
    }

    @Test
    void shouldRejectACursorFromElsewhere() {
        given().get("/api/v1/changes?since=bm90LWEtY3Vyc29y").then().statusCode(400).body("errors[0].field", is("since"));
        given().get("/api/v1/changes?limit=20000").then().statusCode(400);
    }

    /**
     * Several writers commit at once while a partner polls: every change must reach the partner exactly once.
     * (A feed that hands out numbers when a transaction starts loses the rows of a slow writer here.)
     */
    @Test
    void shouldNeitherMissNorRepeatChangesUnderConcurrentWriters() throws Exception {
        String source = unique("src");
        createSource(source, 0);
        String start = endOfFeed();
        int writers = 4;
        int perWriter = 15;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        List<String> written = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        Future<?> reader = pool.submit(() -> {
            String cursor = start;
            while (true) {
                // Read before polling: if every writer had finished by then, an empty page means we have it all.
                boolean writersDone = !writing.get();
                JsonPath page = given().queryParam("since", cursor).queryParam("limit", 7).get("/api/v1/changes")
                        .then().statusCode(200).extract().jsonPath();
                List<Map<String, Object>> items = page.getList("data");
                for (Map<String, Object> item : items) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> figure = (Map<String, Object>) item.get("figure");
                    if (source.equals(figure.get("source"))) {
                        seen.add((String) figure.get("id"));
                    }
                }
                cursor = page.getString("page.next_cursor");
                if (items.isEmpty() && writersDone) {
                    return null;
                }
            }
        });
        List<Future<?>> jobs = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            jobs.add(pool.submit(() -> {
                for (int i = 0; i < perWriter; i++) {
                    String id = asAdmin().body(flow("SY0903", source, i, "2013-05-01", "2013-05-02")).post("/api/v1/figures")
                            .then().statusCode(201).extract().path("id");
                    written.add(id);
                }
                return null;
            }));
        }
        for (Future<?> job : jobs) {
            job.get(120, TimeUnit.SECONDS);
        }
        writing.set(false);
        reader.get(120, TimeUnit.SECONDS);
        pool.shutdown();
        assertEquals(writers * perWriter, written.size());
        Set<String> unique = new HashSet<>(seen);
        assertEquals(seen.size(), unique.size(), "a change was delivered twice");
        assertEquals(new HashSet<>(written), unique, "a change was missed");
    }

    /** An import is one commit; a partner pages through it in pieces and then goes on to what came after. */
    @Test
    void shouldPageThroughOneLargeImportAndOnAfterIt() {
        String source = unique("src");
        createSource(source, 0);
        String since = endOfFeed();
        StringBuilder csv = new StringBuilder("metric,kind,value,period_end,location_code,source\n");
        for (int i = 1; i <= 25; i++) {
            csv.append("displaced,stock,").append(i).append(",2012-01-").append(String.format("%02d", i)).append(",SY0902,")
                    .append(source).append('\n');
        }
        given().header("Authorization", "Bearer " + org.humstats.Fixtures.ADMIN_KEY).contentType("text/csv").body(csv.toString())
                .post("/api/v1/imports").then().statusCode(200).body("created", is(25));
        String later = asAdmin().body(flow("SY0902", source, 99, "2012-02-01", "2012-02-02")).post("/api/v1/figures")
                .then().statusCode(201).extract().path("id");
        List<Integer> values = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String cursor = since;
        while (true) {
            JsonPath page = given().queryParam("since", cursor).queryParam("limit", 10).get("/api/v1/changes")
                    .then().statusCode(200).extract().jsonPath();
            List<Integer> got = page.getList("data.figure.value");
            if (got.isEmpty()) {
                break;
            }
            pageSizes.add(got.size());
            values.addAll(got);
            cursor = page.getString("page.next_cursor");
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            expected.add(i);
        }
        expected.add(99);
        assertEquals(expected, values, "the import's rows in file order, then the later figure");
        assertEquals(List.of(10, 10, 6), pageSizes);
        given().queryParam("since", cursor).get("/api/v1/changes").then().body("data.size()", is(0));
        assertEquals(later, given().queryParam("since", since).queryParam("limit", 30).get("/api/v1/changes")
                .then().extract().jsonPath().getString("data[25].figure.id"));
    }

    /** Cursors handed out before changes were grouped by commit ("changes" and a number) still mean the same place. */
    @Test
    void shouldStillTakeACursorOfTheOlderForm() {
        String source = unique("src");
        createSource(source, 0);
        String id = asAdmin().body(flow("SY0902", source, 5, "2012-03-01", "2012-03-02")).post("/api/v1/figures")
                .then().statusCode(201).extract().path("id");
        // The change just made, found by walking the feed; its commit number is in its cursor.
        String cursor = endOfFeed();
        String raw = new String(java.util.Base64.getUrlDecoder().decode(cursor), java.nio.charset.StandardCharsets.UTF_8);
        String[] parts = raw.split("\u001f");
        long seq = Long.parseLong(parts[1]);
        String older = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("changes\u001f" + (seq - 1)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        given().queryParam("since", older).get("/api/v1/changes").then().statusCode(200)
                .body("data.size()", is(1)).body("data[0].figure.id", is(id));
    }
}
