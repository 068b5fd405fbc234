package org.humstats.aggregate;

import static io.restassured.RestAssured.given;
import static org.humstats.Fixtures.ADMIN_KEY;
import static org.humstats.Fixtures.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SQL shortcuts change no number. Without {@code explain=true}, {@link FigureSelection} lets the database drop
 * figures the rules would drop anyway, {@link DirectReach} stops reading below places that have figures of their own,
 * and {@link LatestPerBucket} drops superseded stocks and running totals (docs/counting.md#pushdown). With
 * {@code explain=true} every figure that touches the question is read and the rules alone decide. So for any question,
 * the plain answer must equal the explained one with its explanations taken out.
 *
 * <p>The questions are those of bench/check-equivalence.sh (which does the same against the 1M benchmark data),
 * scaled to a generated crisis of a few thousand figures ({@link GeneratedCrisis}) under a country code no other test
 * uses. Loading it is idempotent (places and sources are created or updated, figures keep their ids), so a reused
 * PostgreSQL test database does not grow by a crisis per run. The suite runs on H2 and on PostgreSQL
 * ({@code .ci/run}), so both databases' statements are covered.
 */
@QuarkusTest
class PushdownEquivalenceTest {

    private static final long SEED = 20171108L;
    /** In ISO's user-assigned range; no seed, benchmark or other test uses it. */
    private static final String COUNTRY = "XEQ";
    private static final int RANDOM_FIGURES = 3000;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Loaded by the first test of this class, then shared: the database outlives the test instances. */
    private static GeneratedCrisis crisis;

    @BeforeEach
    void loadTheGeneratedCrisisOnce() {
        if (crisis == null) {
            crisis = load(new GeneratedCrisis(SEED, COUNTRY, RANDOM_FIGURES));
        }
    }

    /**
     * Placeholders: {C} the country, {P} its busy province, {D} a district of it with admin3 areas below, {S} the
     * source of the national monthly reports, {N} the source of the province's monthly stocks.
     */
    static List<String> questions() {
        return List.of(
                // one place, one window
                "aggregates?metric=displaced&location={C}&from=2016-01-01&to=2016-12-31",
                "aggregates?metric=idps&location={C}&from=2016-01-01&to=2016-12-31",
                "aggregates?metric=killed&location={C}&from=2015-01-01&to=2018-12-31",
                "aggregates?metric=displaced&location={P}&from=2017-01-01&to=2017-12-31",
                "aggregates?metric=idps&location={D}&from=2016-01-01&to=2016-12-31",
                // rows at a level, with each policy
                "aggregates?metric=displaced&location={C}&level=1&from=2015-03-10&to=2017-08-20&policy=median",
                "aggregates?metric=displaced&location={C}&level=2&from=2016-01-01&to=2016-12-31&policy=max",
                "aggregates?metric=idps&location={C}&level=1&from=2016-01-01&to=2017-12-31&policy=min",
                "aggregates?metric=idps&location={P}&level=2&from=2015-01-01&to=2018-12-31&policy=mean",
                "aggregates?metric=displaced&location={D}&level=3&from=2015-06-01&to=2016-05-31",
                "aggregates?metric=killed&location={C}&level=1&from=2016-04-01&to=2018-12-31&policy=median",
                // rollup
                "aggregates?metric=displaced&location={C}&level=1&from=2016-01-01&to=2016-12-31&rollup=children",
                "aggregates?metric=displaced&location={C}&level=2&from=2016-01-01&to=2016-12-31&rollup=direct",
                "aggregates?metric=idps&location={P}&from=2016-01-01&to=2017-12-31&rollup=children",
                "aggregates?metric=idps&location={P}&from=2016-01-01&to=2017-12-31&rollup=direct",
                // grouped
                "aggregates?metric=displaced&location={C}&level=1&from=2017-01-01&to=2017-06-30&group_by=source",
                "aggregates?metric=idps&location={C}&level=1&to=2016-12-31&group_by=source_type",
                "aggregates?metric=killed&location={C}&from=2017-01-15&group_by=source",
                // statuses widened and narrowed
                "aggregates?metric=displaced&location={C}&from=2016-01-01&to=2016-12-31&status=reported,verified,disputed",
                "aggregates?metric=idps&location={C}&level=2&from=2016-01-01&to=2016-12-31&status=verified",
                "aggregates?metric=killed&location={C}&level=1&from=2016-04-01&status=reported,verified,disputed,retracted",
                // windows open on one side or both
                "aggregates?metric=idps&location={C}&level=1&from=2017-07-01",
                "aggregates?metric=idps&location={C}&level=1&to=2016-06-30",
                "aggregates?metric=displaced&location={P}",
                "aggregates?metric=killed&location={C}&level=1",
                // breakdowns: one part, the parts side by side, a subject (docs/counting.md#breakdowns)
                "aggregates?metric=displaced&location={C}&level=1&from=2016-01-01&to=2016-12-31&sex=female",
                "aggregates?metric=idps&location={C}&level=1&from=2016-01-01&to=2017-12-31&group_by=sex",
                "aggregates?metric=idps&location={P}&to=2017-12-31&group_by=sector&policy=max",
                "aggregates?metric=killed&location={C}&from=2015-01-01&to=2018-12-31&subject=civilians",
                "aggregates?metric=killed&location={C}&level=1&group_by=subject",
                "aggregates?metric=displaced&location={C}&from=2015-01-01&to=2018-12-31&group_by=age&policy=median",
                "aggregates?metric=idps&location={C}&level=2&from=2016-01-01&to=2016-12-31&cause=conflict",
                // the world: the seed data and other tests' figures too
                "aggregates?metric=displaced&level=1&from=2016-01-01&to=2016-12-31&group_by=source",
                "aggregates?metric=killed&from=2011-01-01&to=2018-12-31&status=reported,verified,disputed",
                "aggregates?metric=idps&to=2017-12-31",
                // time series: every interval, fill, policies, statuses, one source
                "timeseries?metric=displaced&location={C}&from=2015-01-15&to=2018-12-31&interval=month&fill=previous",
                "timeseries?metric=displaced&location={C}&from=2014-01-01&to=2019-12-31&interval=quarter&policy=max",
                "timeseries?metric=displaced&location={P}&from=2016-01-01&to=2016-03-31&interval=day",
                "timeseries?metric=displaced&location={P}&from=2016-01-01&to=2016-12-31&interval=week",
                "timeseries?metric=displaced&location={C}&from=2015-01-01&to=2018-12-31&interval=year"
                        + "&status=reported,verified,disputed",
                "timeseries?metric=displaced&location={C}&from=2016-01-01&to=2017-12-31&interval=month&policy=median",
                "timeseries?metric=displaced&location={C}&from=2016-01-01&to=2016-12-31&interval=month&source={S}",
                "timeseries?metric=displaced&location={D}&from=2015-01-01&to=2018-12-31&interval=month&status=verified",
                "timeseries?metric=idps&location={C}&from=2015-01-01&to=2018-12-31&interval=month&fill=previous",
                "timeseries?metric=idps&location={P}&from=2016-01-01&to=2017-12-31&interval=week&fill=previous&policy=min",
                "timeseries?metric=idps&location={C}&from=2015-01-01&to=2018-12-31&interval=quarter&policy=mean",
                "timeseries?metric=idps&location={P}&from=2015-01-01&to=2018-12-31&interval=month&source={N}&fill=previous",
                "timeseries?metric=killed&location={C}&from=2015-01-01&to=2018-12-31&interval=month",
                "timeseries?metric=killed&location={C}&from=2014-01-01&to=2018-12-31&interval=year"
                        + "&status=reported,verified,disputed,retracted",
                "timeseries?metric=killed&location={P}&from=2016-01-01&to=2018-12-31&interval=quarter&source={S}",
                "timeseries?metric=idps&location={C}&from=2015-01-01&to=2018-12-31&interval=quarter&sex=female&fill=previous",
                "timeseries?metric=killed&location={C}&from=2015-01-01&to=2018-12-31&interval=quarter&subject=civilians",
                "timeseries?metric=displaced&location={C}&from=2015-01-01&to=2018-12-31&interval=year&age=0-17",
                // the nation settles every month but May (disputed), which only its district two levels down knows
                "timeseries?metric=returnees&location={C}&from=2016-01-01&to=2016-12-31&interval=month",
                "timeseries?metric=returnees&location={C}&from=2016-01-01&to=2016-12-31&interval=quarter");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questions")
    void shouldGiveTheNumbersOfTheExplainedAnswerWithoutReadingEveryFigure(String question) {
        String path = "/api/v1/" + resolve(question);
        JsonNode plain = get(path);
        JsonNode explained = get(path + "&explain=true");
        assertTrue(hasValue(plain), "no value in the answer, so nothing is compared: " + path);
        assertTrue(explained.findValues("figures").size() > 0, "no explanation in the explained answer: " + path);
        String difference = firstDifference("", plain, withoutExplanations(explained));
        if (difference != null) {
            fail("the answer without explain differs from the explained one at " + difference + "\n  " + path);
        }
    }

    /** Without this, equal answers could come from data that never puts the rules to work. */
    @Test
    void shouldMeetEveryReasonToExcludeAFigureInTheGeneratedData() {
        Set<String> seen = new TreeSet<>();
        for (String question : List.of(
                "aggregates?metric=displaced&location={C}&level=2&from=2016-01-01&to=2016-12-31&status=reported",
                "aggregates?metric=displaced&location={C}&level=1&from=2016-01-01&to=2016-12-31&status=verified"
                        + "&rollup=children",
                "aggregates?metric=idps&location={C}&level=1&from=2016-01-01&to=2017-12-31&rollup=direct")) {
            get("/api/v1/" + resolve(question) + "&explain=true").findValues("reason")
                    .forEach(reason -> seen.add(reason.asText()));
        }
        Set<String> expected = Arrays.stream(ExclusionReason.values())
                .filter(r -> r != ExclusionReason.NOT_REACHABLE_IN_GAZETTEER) // only with an inconsistent gazetteer
                .map(ExclusionReason::wire)
                .collect(Collectors.toCollection(TreeSet::new));
        expected.removeAll(seen);
        assertTrue(expected.isEmpty(), "never excluded for " + expected + "; seen: " + seen);
    }

    private static String resolve(String question) {
        return question.replace("{C}", crisis.country())
                .replace("{P}", crisis.busyProvince())
                .replace("{D}", crisis.busyDistrict())
                .replace("{S}", crisis.steadySource())
                .replace("{N}", crisis.sources.get(3).id());
    }

    private static JsonNode get(String path) {
        String body = given().get(path).then().statusCode(200).extract().asString();
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + path, e);
        }
    }

    // ------------------------------------------------------------------------------------------ the data

    private static GeneratedCrisis load(GeneratedCrisis generated) {
        for (GeneratedCrisis.Place place : generated.places) {
            Map<String, Object> body = new HashMap<>(Map.of("code", place.code(), "name", place.name(), "type", place.type()));
            if (place.parent() != null) {
                body.put("parent_code", place.parent());
            }
            createOrUpdate("/api/v1/locations", place.code(), body);
        }
        for (GeneratedCrisis.Source source : generated.sources) {
            createOrUpdate("/api/v1/sources", source.id(), Map.of("id", source.id(), "name", "Generated " + source.id(),
                    "type", source.type(), "priority", source.priority()));
        }
        JsonPath counts = given().header("Authorization", "Bearer " + ADMIN_KEY)
                .contentType("text/csv; charset=utf-8").body(generated.importFile()).post("/api/v1/imports?format=csv")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(generated.figureCount(),
                counts.getInt("created") + counts.getInt("updated") + counts.getInt("unchanged"));
        return generated;
    }

    /** An earlier run on the same database may have created it already (with what the generator made then). */
    private static void createOrUpdate(String collection, String id, Map<String, Object> body) {
        int status = asAdmin().body(body).post(collection).statusCode();
        if (status == 409) {
            asAdmin().body(body).put(collection + "/" + id).then().statusCode(200);
        } else {
            assertEquals(201, status, "creating " + collection + "/" + id);
        }
    }

    // ------------------------------------------------------------------------------------------ comparing answers

    private static boolean hasValue(JsonNode answer) {
        return answer.findValues("value").stream().anyMatch(v -> !v.isNull());
    }

    private static JsonNode withoutExplanations(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("figures");
            object.remove("parts_only");
        }
        node.forEach(PushdownEquivalenceTest::strip);
    }

    /** Where two answers first differ (a JSON path with both values), or null when they are equal. */
    private static String firstDifference(String path, JsonNode plain, JsonNode explained) {
        if (plain.equals(explained)) {
            return null;
        }
        if (plain.isObject() && explained.isObject()) {
            Set<String> fields = new TreeSet<>();
            plain.fieldNames().forEachRemaining(fields::add);
            explained.fieldNames().forEachRemaining(fields::add);
            for (String field : fields) {
                JsonNode a = plain.get(field);
                JsonNode b = explained.get(field);
                if (a == null || b == null) {
                    return path + "." + field + ": " + shorten(a) + " without explain, " + shorten(b) + " with";
                }
                String inner = firstDifference(path + "." + field, a, b);
                if (inner != null) {
                    return inner;
                }
            }
        }
        if (plain.isArray() && explained.isArray() && plain.size() == explained.size()) {
            Iterator<JsonNode> a = plain.elements();
            Iterator<JsonNode> b = explained.elements();
            for (int i = 0; a.hasNext(); i++) {
                String inner = firstDifference(path + "[" + i + "]", a.next(), b.next());
                if (inner != null) {
                    return inner;
                }
            }
        }
        return path + ": " + shorten(plain) + " without explain, " + shorten(explained) + " with";
    }

    private static String shorten(JsonNode node) {
        String text = String.valueOf(node);
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
