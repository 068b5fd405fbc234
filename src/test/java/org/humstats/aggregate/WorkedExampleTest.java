package org.humstats.aggregate;

import org.humstats.common.WireNamed;

import org.humstats.figure.Qualifier;
import static org.humstats.aggregate.TestFigure.flow;
import static org.humstats.aggregate.TestFigure.uuid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The public worked example of SPEC.md: Deir-ez-Zor, displaced, Q4 2017. */
class WorkedExampleTest {

    private static final LocalDate FROM = LocalDate.parse("2017-10-01");
    private static final LocalDate TO = LocalDate.parse("2017-12-31");
    private final Gazetteer gazetteer = TestGazetteers.syriaAndIraq();

    private final List<CountedFigure> figures = List.of(
            flow("SY0902", "2017-10-15", "2017-11-08", 120_000).id(1).source("un-ocha", 10).build(),
            flow("SY0902", "2017-10-01", "2017-11-10", 100_000).id(2).source("sarc", 0)
                    .qualifier(Qualifier.AT_LEAST).build(),
            flow("SY0901", "2017-10-01", "2017-10-31", 50_000).id(3).source("un-ocha", 10).build(),
            flow("SY0901", "2017-10-01", "2017-10-15", 20_000).id(4).source("un-ocha", 10).build(),
            flow("SY0903", "2017-09-20", "2017-10-20", 9_999).id(5).source("un-ocha", 10).build());

    private AggregateResult aggregate(AggregateQuery query) {
        return CountingRules.aggregate(query, figures, gazetteer);
    }

    @ParameterizedTest(name = "policy {0} gives {1}")
    @CsvSource({"preferred,170000", "max,170000", "min,150000", "median,160000", "mean,160000"})
    void deirEzZorIsTheSumOfItsDistricts(String policy, long expected) {
        AggregateResult result = aggregate(AggregateQuery.of("displaced", FROM, TO, "SY09")
                .withPolicy(WireNamed.parse(Policy.class, policy)));

        assertEquals(1, result.data().size());
        AggregateRow row = result.data().get(0);
        assertEquals("SY09", row.locationCode());
        assertEquals("Deir-ez-Zor", row.locationName());
        assertEquals("flow", row.kind());
        assertEquals(expected, row.value());
        assertEquals(150_000L, row.low());
        assertNull(row.high(), "sarc's 'at least' leaves the sum without an upper bound");
        assertEquals(2, row.sourceCount());
        assertEquals("children", row.basis());
        assertEquals(new Coverage(2, 3), row.coverage());
        assertNull(row.sources());
        assertNull(row.figures(), "no explanation unless asked");
    }

    @Test
    void responseHeaderEchoesTheRequestWithDefaults() {
        AggregateResult result = aggregate(AggregateQuery.of("displaced", FROM, TO, "SY09"));
        assertEquals("displaced", result.metric());
        assertEquals(FROM, result.from());
        assertEquals(TO, result.to());
        assertEquals(Policy.PREFERRED, result.policy());
        assertEquals(Rollup.PREFER_DIRECT, result.rollup());
        assertEquals("prefer_direct", result.rollup().wire());
    }

    @Test
    void abuKamalIsADirectRowListingBothSources() {
        AggregateRow row = aggregate(AggregateQuery.of("displaced", FROM, TO, "SY0902")).data().get(0);

        assertEquals("direct", row.basis());
        assertNull(row.coverage());
        assertEquals(120_000L, row.value());
        assertEquals(100_000L, row.low());
        assertNull(row.high());
        assertEquals(2, row.sourceCount());
        assertEquals(List.of(
                new SourceValue("un-ocha", 120_000, 120_000L, 120_000L, true),
                new SourceValue("sarc", 100_000, 100_000L, null, false)), row.sources());
    }

    @ParameterizedTest(name = "policy {0} at Abu Kamal gives {1}")
    @CsvSource({"preferred,120000", "max,120000", "min,100000", "median,110000", "mean,110000"})
    void abuKamalUnderEachPolicy(String policy, long expected) {
        AggregateRow row = aggregate(AggregateQuery.of("displaced", FROM, TO, "SY0902")
                .withPolicy(WireNamed.parse(Policy.class, policy))).data().get(0);
        assertEquals(expected, row.value());
    }

    @Test
    void explainListsUsedAndExcludedFigures() {
        AggregateRow row = aggregate(AggregateQuery.of("displaced", FROM, TO, "SY09").withExplain(true))
                .data().get(0);

        assertEquals(List.of(uuid(1), uuid(2), uuid(3)), row.figures().used());
        assertEquals(List.of(
                new Excluded(uuid(4), "overlaps_chosen_figure"),
                new Excluded(uuid(5), "outside_window")), row.figures().excluded());
    }

    @Test
    void mayadinAloneHasNoRowBecauseItsOnlyFigureStartsBeforeTheWindow() {
        assertTrue(aggregate(AggregateQuery.of("displaced", FROM, TO, "SY0903")).data().isEmpty());
    }

    @Test
    void districtLevelRowsShowEachDistrictWithData() {
        List<AggregateRow> rows = aggregate(AggregateQuery.of("displaced", FROM, TO, "SY09").withLevel(2)).data();

        assertEquals(List.of("SY0901", "SY0902"), rows.stream().map(AggregateRow::locationCode).toList());
        assertEquals(50_000L, rows.get(0).value());
        assertEquals(1, rows.get(0).sourceCount());
        assertEquals(120_000L, rows.get(1).value());
    }

    @Test
    void quarterlySeriesOfAbuKamalMatchesTheSpecShape() {
        TimeSeriesResult result = CountingRules.timeSeries(
                TimeSeriesQuery.of("displaced", "SY0902", LocalDate.parse("2017-01-01"), TO, Interval.QUARTER),
                figures, gazetteer);

        assertEquals(1, result.series().size());
        Series flows = result.series().get(0);
        assertEquals("flow", flows.kind());
        assertNull(flows.origin());
        assertEquals(4, flows.points().size());
        assertEquals(new Point(LocalDate.parse("2017-01-01"), LocalDate.parse("2017-03-31"),
                null, null, null, 0, false, null), flows.points().get(0));
        assertEquals(new Point(LocalDate.parse("2017-10-01"), TO, 120_000L, 100_000L, null, 2, false, null),
                flows.points().get(3));
    }
}
