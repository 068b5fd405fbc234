package org.humstats.aggregate;

import static org.humstats.aggregate.TestFigure.cumulative;
import static org.humstats.aggregate.TestFigure.flow;
import static org.humstats.aggregate.TestFigure.stock;
import static org.humstats.aggregate.TestFigure.uuid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.humstats.figure.Breakdown;
import org.humstats.figure.Breakdown.Dimension;
import org.humstats.figure.DatePrecision;
import org.junit.jupiter.api.Test;

/** Breakdowns are never mixed (docs/counting.md#breakdowns), and running totals of one origin meet (rule 7). */
class BreakdownRulesTest {

    private final Gazetteer gazetteer = TestGazetteers.syriaAndIraq();

    private AggregateResult aggregate(AggregateQuery query, TestFigure... figures) {
        return CountingRules.aggregate(query, Arrays.stream(figures).map(TestFigure::build).toList(), gazetteer);
    }

    private static AggregateQuery killedInSyria() {
        return AggregateQuery.of("killed", null, null, "SYR");
    }

    /**
     * The case of issue 11: a monitor's running total of everyone killed, and its running total of civilians over a
     * week longer. The civilians' figure used to win the same-source rule and be given as the whole toll.
     */
    private static TestFigure[] theTwoTolls() {
        return new TestFigure[] {
                cumulative("SYR", "2011-03-15", "2017-12-03", 330_000).source("sohr").id(1),
                cumulative("SYR", "2011-03-15", "2017-12-10", 106_500).source("sohr").id(2)
                        .breakdown(Dimension.SUBJECT, "civilians")};
    }

    @Test
    void theWholeTollIsNotReplacedByTheCiviliansToll() {
        AggregateResult whole = aggregate(killedInSyria().withExplain(true), theTwoTolls());
        assertEquals(1, whole.data().size());
        assertEquals(330_000L, whole.data().get(0).value());
        assertEquals(List.of(uuid(1)), whole.data().get(0).figures().used());
        assertEquals(List.of(), whole.data().get(0).figures().excluded(), "the civilians' toll is another quantity");
        assertNull(whole.data().get(0).breakdown());

        AggregateRow civilians = aggregate(killedInSyria().withBreakdown(Breakdown.WHOLE.with(Dimension.SUBJECT, "civilians")),
                theTwoTolls()).data().get(0);
        assertEquals(106_500L, civilians.value());
        assertEquals(Map.of("subject", "civilians"), civilians.breakdown());
    }

    @Test
    void groupedBySubjectThePartsStandSideBySideWithTheirNames() {
        List<AggregateRow> rows = aggregate(killedInSyria().withGroupBy(GroupBy.SUBJECT), theTwoTolls()).data();
        assertEquals(2, rows.size());
        assertNull(rows.get(0).breakdown());
        assertEquals(330_000L, rows.get(0).value());
        assertEquals(Map.of("subject", "civilians"), rows.get(1).breakdown());
        assertEquals(106_500L, rows.get(1).value());
    }

    @Test
    void sexAgeSectorCauseAndHouseholdPartsBesideATotalLeaveTheTotalAlone() {
        TestFigure[] figures = {
                stock("SY09", "2018-06-30", 900_000).id(1),
                stock("SY09", "2018-06-30", 480_000).id(2).breakdown(Dimension.SEX, "female"),
                stock("SY09", "2018-06-30", 420_000).id(3).breakdown(Dimension.SEX, "male"),
                stock("SY09", "2018-07-31", 400_000).id(4).breakdown(Dimension.AGE, "0-17"),
                stock("SY09", "2018-07-31", 600_000).id(5).breakdown(Dimension.SECTOR, "health"),
                stock("SY09", "2018-07-31", 700_000).id(6).breakdown(Dimension.SECTOR, "food-security"),
                stock("SY09", "2018-07-31", 800_000).id(7).breakdown(Dimension.CAUSE, "conflict"),
                stock("SY09", "2018-07-31", 150_000).id(8).breakdown(Dimension.UNIT, "households")};
        AggregateQuery year = AggregateQuery.of("in_need", LocalDate.parse("2018-01-01"), LocalDate.parse("2018-12-31"), "SY09");

        AggregateRow whole = aggregate(year.withExplain(true), figures).data().get(0);
        assertEquals(900_000L, whole.value(), "a later stock of a part does not supersede the whole");
        assertEquals(List.of(uuid(1)), whole.figures().used());

        for (Dimension d : List.of(Dimension.SEX, Dimension.AGE, Dimension.SECTOR, Dimension.CAUSE, Dimension.UNIT)) {
            List<AggregateRow> rows = aggregate(year.withGroupBy(GroupBy.valueOf(d.name())), figures).data();
            assertEquals(900_000L, rows.get(0).value(), d + ": the whole comes first");
            assertNull(rows.get(0).breakdown(), d.wire());
            for (AggregateRow part : rows.subList(1, rows.size())) {
                assertEquals(1, part.breakdown().size(), d + " " + part);
                assertTrue(part.breakdown().containsKey(d.wire()), d + " " + part);
            }
        }
        List<AggregateRow> bySex = aggregate(year.withGroupBy(GroupBy.SEX), figures).data();
        assertEquals(List.of(900_000L, 480_000L, 420_000L), bySex.stream().map(AggregateRow::value).toList());
        List<AggregateRow> bySector = aggregate(year.withGroupBy(GroupBy.SECTOR), figures).data();
        assertEquals(List.of(900_000L, 700_000L, 600_000L), bySector.stream().map(AggregateRow::value).toList(),
                "sectors are parts that overlap: each is shown, none is added to another");
        assertEquals(150_000L, aggregate(year.withBreakdown(Breakdown.WHOLE.with(Dimension.UNIT, "households")), figures)
                .data().get(0).value());
    }

    @Test
    void onlyPartsAndNoWholeGiveNoValueAndExplainSaysWhy() {
        TestFigure[] parts = {
                stock("SY0902", "2018-06-30", 480_000).id(2).breakdown(Dimension.SEX, "female"),
                stock("SY0902", "2018-06-30", 420_000).id(3).breakdown(Dimension.SEX, "male")};
        AggregateQuery q = AggregateQuery.of("in_need", null, null, "SY09");

        assertEquals(List.of(), aggregate(q, parts).data(), "female + male is not given as the whole");
        AggregateResult explained = aggregate(q.withExplain(true), parts);
        assertEquals(List.of(), explained.data());
        assertEquals(1, explained.partsOnly().size());
        PartsOnly note = explained.partsOnly().get(0);
        assertEquals("SY09", note.locationCode());
        assertEquals("stock", note.kind());
        assertEquals(List.of(Map.of("sex", "female"), Map.of("sex", "male")), note.parts());
        assertEquals(List.of(uuid(2), uuid(3)), note.figures());
        assertTrue(note.message().contains("never adds parts up to a whole"), note.message());

        assertEquals(480_000L, aggregate(q.withBreakdown(Breakdown.WHOLE.with(Dimension.SEX, "female")), parts)
                .data().get(0).value());
    }

    @Test
    void aPlaceWithPartsOnlyDoesNotStopItsParentFromSummingTheWholeOfOtherChildren() {
        AggregateRow row = aggregate(AggregateQuery.of("in_need", null, null, "SY09"),
                stock("SY0901", "2018-06-30", 100_000).id(1),
                stock("SY0902", "2018-06-30", 50_000).id(2).breakdown(Dimension.SEX, "female")).data().get(0);
        assertEquals(100_000L, row.value());
        assertEquals(new Coverage(1, 3), row.coverage());
    }

    @Test
    void aTimeSeriesCountsOnlyTheAskedBreakdown() {
        TimeSeriesQuery q = TimeSeriesQuery.of("killed", "SYR", LocalDate.parse("2017-01-01"), LocalDate.parse("2017-12-31"),
                Interval.YEAR);
        List<CountedFigure> figures = Arrays.stream(theTwoTolls()).map(TestFigure::build).toList();
        TimeSeriesResult whole = CountingRules.timeSeries(q, figures, gazetteer);
        assertEquals(1, whole.series().size());
        assertEquals(330_000L, whole.series().get(0).points().get(0).value());
        TimeSeriesResult civilians = CountingRules.timeSeries(
                q.withBreakdown(Breakdown.WHOLE.with(Dimension.SUBJECT, "civilians")), figures, gazetteer);
        assertEquals(106_500L, civilians.series().get(0).points().get(0).value());
        assertEquals(Map.of("subject", "civilians"), civilians.breakdown());
    }

    @Test
    void runningTotalsSinceTheSameMonthMeetInOneSeries() {
        // SOHR counts "since 15 March 2011"; SNHR "since March 2011": one running total at two precisions.
        List<CountedFigure> figures = List.of(
                cumulative("SYR", "2011-03-15", "2016-12-31", 310_000).source("sohr", 5).id(1).build(),
                cumulative("SYR", "2011-03-01", "2017-06-30", 210_000).source("snhr", 1).id(2)
                        .originPrecision(DatePrecision.MONTH).build(),
                cumulative("SYR", "2011-04-01", "2017-06-30", 999).source("other", 0).id(3).build());
        TimeSeriesResult result = CountingRules.timeSeries(TimeSeriesQuery.of("killed", "SYR",
                LocalDate.parse("2016-01-01"), LocalDate.parse("2017-12-31"), Interval.YEAR), figures, gazetteer);

        assertEquals(2, result.series().size(), "since 1 April is another running total: " + result.series());
        Series met = result.series().stream().filter(s -> s.originPrecision() == DatePrecision.MONTH).findFirst().orElseThrow();
        assertEquals(LocalDate.parse("2011-03-01"), met.origin());
        assertEquals(310_000L, met.points().get(0).value());
        assertEquals(1, met.points().get(0).sourceCount());
        assertEquals(2, met.points().get(1).sourceCount(), "both sources meet in 2017");
        assertEquals(310_000L, met.points().get(1).value(), "the preferred source (priority 5) decides");
        assertEquals(210_000L, met.points().get(1).low());

        Series dayPrecise = result.series().stream().filter(s -> s.originPrecision() == null).findFirst().orElseThrow();
        assertEquals(LocalDate.parse("2011-04-01"), dayPrecise.origin());
        assertEquals(999L, dayPrecise.points().get(1).value());
    }

    @Test
    void originsMeetAtTheCoarserPrecisionOnly() {
        Origins.Key march15 = new Origins.Key(LocalDate.parse("2011-03-15"), DatePrecision.DAY);
        Origins.Key march = new Origins.Key(LocalDate.parse("2011-03-01"), DatePrecision.MONTH);
        Origins.Key march1 = new Origins.Key(LocalDate.parse("2011-03-01"), DatePrecision.DAY);
        Origins.Key y2011 = new Origins.Key(LocalDate.parse("2011-01-01"), DatePrecision.YEAR);
        Origins.Key april = new Origins.Key(LocalDate.parse("2011-04-01"), DatePrecision.MONTH);
        assertTrue(Origins.meet(march15, march));
        assertTrue(Origins.meet(march, y2011));
        assertTrue(Origins.meet(april, y2011));
        assertTrue(!Origins.meet(march15, march1));
        assertTrue(!Origins.meet(march, april));
    }

    @Test
    void explainingAnAggregateByPartsChangesNoNumber() {
        AggregateQuery q = AggregateQuery.of("in_need", null, null, "SY09").withGroupBy(GroupBy.SEX);
        TestFigure[] figures = {
                flow("SY0901", "2018-01-01", "2018-01-31", 10).id(1).breakdown(Dimension.SEX, "female"),
                flow("SY0901", "2018-01-01", "2018-01-31", 20).id(2),
                flow("SY0902", "2018-01-01", "2018-01-31", 5).id(3).breakdown(Dimension.SEX, "female")
                        .breakdown(Dimension.AGE, "0-17")};
        List<AggregateRow> plain = aggregate(q, figures).data();
        assertEquals(List.of(20L, 10L), plain.stream().map(AggregateRow::value).toList(),
                "the girls' figure is of another age band and is not a part of sex=female");
    }
}
