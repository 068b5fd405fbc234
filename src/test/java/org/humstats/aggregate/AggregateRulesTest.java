package org.humstats.aggregate;

import org.humstats.figure.Qualifier;
import org.humstats.figure.FigureStatus;
import static org.humstats.aggregate.TestFigure.cumulative;
import static org.humstats.aggregate.TestFigure.flow;
import static org.humstats.aggregate.TestFigure.stock;
import static org.humstats.aggregate.TestFigure.uuid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AggregateRulesTest {

    private static final LocalDate JAN_1 = LocalDate.parse("2018-01-01");
    private static final LocalDate DEC_31 = LocalDate.parse("2018-12-31");

    private final Gazetteer gazetteer = TestGazetteers.syriaAndIraq();

    private List<AggregateRow> rows(AggregateQuery query, TestFigure... figures) {
        List<CountedFigure> built = java.util.Arrays.stream(figures).map(TestFigure::build).toList();
        return CountingRules.aggregate(query, built, gazetteer).data();
    }

    private AggregateRow onlyRow(AggregateQuery query, TestFigure... figures) {
        List<AggregateRow> rows = rows(query, figures);
        assertEquals(1, rows.size(), () -> "expected exactly one row but got " + rows);
        return rows.get(0);
    }

    private static AggregateQuery year2018(String location) {
        return AggregateQuery.of("displaced", JAN_1, DEC_31, location);
    }

    @Nested
    class SameSourceOverlaps {

        @Test
        void theLongerOfTwoOverlappingFlowsWinsAndDisjointOnesAddUp() {
            AggregateRow row = onlyRow(year2018("SY0902").withExplain(true),
                    flow("SY0902", "2018-03-01", "2018-03-31", 30_000).id(1),
                    flow("SY0902", "2018-03-10", "2018-03-20", 5_000).id(2),
                    flow("SY0902", "2018-04-01", "2018-04-30", 40_000).id(3));

            assertEquals(70_000L, row.value());
            assertEquals(List.of(uuid(1), uuid(3)), row.figures().used());
            assertEquals(List.of(new Excluded(uuid(2), ExclusionReason.OVERLAPS_CHOSEN_FIGURE)),
                    row.figures().excluded());
            assertEquals(1, row.sourceCount());
        }

        @Test
        void periodsSharingOneDayOverlap() {
            AggregateRow row = onlyRow(year2018("SY0902"),
                    flow("SY0902", "2018-05-01", "2018-05-15", 1_000),
                    flow("SY0902", "2018-05-15", "2018-05-31", 2_000));
            assertEquals(2_000L, row.value(), "the 17-day period beats the 15-day one; they share 15 May");
        }

        @Test
        void equalLengthsFallBackToTheLaterPeriodEnd() {
            AggregateRow row = onlyRow(year2018("SY0902"),
                    flow("SY0902", "2018-05-01", "2018-05-10", 1_000),
                    flow("SY0902", "2018-05-05", "2018-05-14", 2_000));
            assertEquals(2_000L, row.value());
        }

        @Test
        void identicalPeriodsFallBackToTheLaterDocument() {
            AggregateRow row = onlyRow(year2018("SY0902"),
                    flow("SY0902", "2018-05-01", "2018-05-10", 1_000).published("2018-06-01"),
                    flow("SY0902", "2018-05-01", "2018-05-10", 1_500).published("2018-06-20"),
                    flow("SY0902", "2018-05-01", "2018-05-10", 1_200));
            assertEquals(1_500L, row.value());
        }

        @Test
        void overlapsAreOnlyResolvedWithinOneSource() {
            AggregateRow row = onlyRow(year2018("SY0902").withPolicy(Policy.MAX),
                    flow("SY0902", "2018-03-01", "2018-03-31", 30_000).source("a"),
                    flow("SY0902", "2018-03-10", "2018-03-20", 45_000).source("b"));
            assertEquals(45_000L, row.value());
            assertEquals(2, row.sourceCount());
        }

        @Test
        void aLaterRunningTotalFromTheSameOriginReplacesTheEarlierOnes() {
            AggregateRow row = onlyRow(year2018("SY0902").withExplain(true),
                    cumulative("SY0902", "2018-04-01", "2018-05-31", 90_000).id(1),
                    cumulative("SY0902", "2018-04-01", "2018-08-31", 184_705).id(2),
                    cumulative("SY0902", "2018-04-01", "2018-06-30", 120_000).id(3));

            assertEquals("flow", row.kind(), "a cumulative figure counts as a flow in an aggregate");
            assertEquals(184_705L, row.value());
            assertEquals(List.of(uuid(2)), row.figures().used());
            assertEquals(List.of(
                    new Excluded(uuid(1), "overlaps_chosen_figure"),
                    new Excluded(uuid(3), "overlaps_chosen_figure")), row.figures().excluded());
        }

        @Test
        void aRunningTotalWhoseOriginPrecedesTheWindowIsOutsideIt() {
            AggregateRow row = onlyRow(year2018("SYR").withExplain(true),
                    cumulative("SYR", "2011-03-15", "2018-03-01", 330_000).id(1).qualifier(Qualifier.AT_LEAST),
                    flow("SYR", "2018-02-01", "2018-02-28", 700).id(2));
            assertEquals(700L, row.value());
            assertEquals(List.of(new Excluded(uuid(1), "outside_window")), row.figures().excluded());
        }
    }

    @Nested
    class Stocks {

        @Test
        void theLatestStockPerSourceInsideTheWindowWins() {
            AggregateRow row = onlyRow(year2018("SY0902").withExplain(true),
                    stock("SY0902", "2018-02-01", 1_500).id(1),
                    stock("SY0902", "2018-09-01", 1_100).id(2),
                    stock("SY0902", "2019-01-15", 900).id(3));

            assertEquals("stock", row.kind());
            assertEquals(1_100L, row.value());
            assertEquals(List.of(uuid(2)), row.figures().used());
            assertEquals(List.of(
                    new Excluded(uuid(1), "superseded_by_later_stock"),
                    new Excluded(uuid(3), "outside_window")), row.figures().excluded());
        }

        @Test
        void stocksAndFlowsAreNeverAddedTogether() {
            List<AggregateRow> rows = rows(year2018("SY0902"),
                    stock("SY0902", "2018-06-30", 6_100_000),
                    flow("SY0902", "2018-06-01", "2018-06-30", 12_000));
            assertEquals(List.of("flow", "stock"), rows.stream().map(AggregateRow::kind).toList());
            assertEquals(12_000L, rows.get(0).value());
            assertEquals(6_100_000L, rows.get(1).value());
        }

        @Test
        void stockSumsAcrossChildrenUseEachChildsLatestObservation() {
            AggregateRow row = onlyRow(year2018("SY09"),
                    stock("SY0901", "2018-03-01", 100),
                    stock("SY0901", "2018-04-01", 150),
                    stock("SY0902", "2018-02-01", 60));
            assertEquals(210L, row.value());
            assertEquals(new Coverage(2, 3), row.coverage());
        }
    }

    @Nested
    class Bounds {

        @Test
        void boundsDefaultToTheValue() {
            AggregateRow row = onlyRow(year2018("SY0902"), flow("SY0902", "2018-01-01", "2018-01-31", 500));
            assertEquals(500L, row.low());
            assertEquals(500L, row.high());
        }

        @Test
        void aStatedRangeIsKept() {
            AggregateRow row = onlyRow(year2018("SY0902"),
                    flow("SY0902", "2018-01-01", "2018-01-31", 30_000).qualifier(Qualifier.RANGE)
                            .bounds(20_000L, 50_000L));
            assertEquals(30_000L, row.value());
            assertEquals(20_000L, row.low());
            assertEquals(50_000L, row.high());
        }

        @Test
        void atMostHasNoLowerBoundAndAtLeastNoUpperBound() {
            AggregateRow atMost = onlyRow(year2018("SY0902"),
                    flow("SY0902", "2018-01-01", "2018-01-31", 800).qualifier(Qualifier.AT_MOST));
            assertNull(atMost.low());
            assertEquals(800L, atMost.high());

            AggregateRow atLeast = onlyRow(year2018("SY0902"),
                    flow("SY0902", "2018-01-01", "2018-01-31", 800).qualifier(Qualifier.AT_LEAST)
                            .bounds(800L, 5_000L));
            assertEquals(800L, atLeast.low());
            assertNull(atLeast.high(), "'at least' never has an upper bound, even when one was stored");
        }

        @Test
        void anUnboundedSideStaysUnboundedThroughASumWhileTheOtherSideAddsUp() {
            AggregateRow row = onlyRow(year2018("SY09"),
                    flow("SY0901", "2018-01-01", "2018-01-31", 800).qualifier(Qualifier.AT_MOST),
                    flow("SY0902", "2018-01-01", "2018-01-31", 300).qualifier(Qualifier.RANGE).bounds(200L, 400L));
            assertEquals(1_100L, row.value());
            assertNull(row.low());
            assertEquals(1_200L, row.high());
        }

        @Test
        void acrossSourcesTheRangeIsTheSmallestLowAndTheLargestHigh() {
            AggregateRow row = onlyRow(year2018("SY0902"),
                    flow("SY0902", "2018-01-01", "2018-01-31", 300).source("a").bounds(250L, 320L),
                    flow("SY0902", "2018-01-01", "2018-01-31", 280).source("b").bounds(100L, 300L),
                    flow("SY0902", "2018-01-01", "2018-01-31", 310).source("c").bounds(300L, 900L));
            assertEquals(100L, row.low());
            assertEquals(900L, row.high());
        }
    }

    @Nested
    class CrossSourcePolicies {

        private final TestFigure[] fourSources = {
                flow("SY0902", "2018-01-01", "2018-01-31", 10).source("a"),
                flow("SY0902", "2018-01-01", "2018-01-31", 40).source("b"),
                flow("SY0902", "2018-01-01", "2018-01-31", 31).source("c"),
                flow("SY0902", "2018-01-01", "2018-01-31", 20).source("d")};

        @Test
        void medianOfAnEvenCountIsTheRoundedMeanOfTheMiddleTwo() {
            AggregateRow row = onlyRow(year2018("SY0902").withPolicy(Policy.MEDIAN), fourSources);
            assertEquals(26L, row.value(), "(20 + 31) / 2 = 25.5 rounds up to 26");
            assertEquals(List.of("c", "d"), row.sources().stream().filter(SourceValue::chosen)
                    .map(SourceValue::source).sorted().toList());
        }

        @Test
        void medianOfAnOddCountIsTheMiddleValue() {
            AggregateRow row = onlyRow(year2018("SY0902").withPolicy(Policy.MEDIAN),
                    flow("SY0902", "2018-01-01", "2018-01-31", 7).source("a"),
                    flow("SY0902", "2018-01-01", "2018-01-31", 1000).source("b"),
                    flow("SY0902", "2018-01-01", "2018-01-31", 9).source("c"));
            assertEquals(9L, row.value());
        }

        @Test
        void meanIsRoundedHalfUp() {
            assertEquals(25L, onlyRow(year2018("SY0902").withPolicy(Policy.MEAN), fourSources).value(),
                    "101 / 4 = 25.25");
            AggregateRow half = onlyRow(year2018("SY0902").withPolicy(Policy.MEAN),
                    flow("SY0902", "2018-01-01", "2018-01-31", 1).source("a"),
                    flow("SY0902", "2018-01-01", "2018-01-31", 2).source("b"));
            assertEquals(2L, half.value(), "1.5 rounds up");
        }

        @Test
        void maxAndMinPickTheExtremes() {
            assertEquals(40L, onlyRow(year2018("SY0902").withPolicy(Policy.MAX), fourSources).value());
            assertEquals(10L, onlyRow(year2018("SY0902").withPolicy(Policy.MIN), fourSources).value());
        }

        @Test
        void preferredPutsVerifiedBeforePriority() {
            AggregateRow row = onlyRow(year2018("SY0902"),
                    flow("SY0902", "2018-01-01", "2018-01-31", 100).source("big", 50),
                    flow("SY0902", "2018-01-01", "2018-01-31", 200).source("small", 0).status(FigureStatus.VERIFIED));
            assertEquals(200L, row.value());
            assertEquals("small", row.sources().get(0).source(), "the chosen source is listed first");
            assertTrue(row.sources().get(0).chosen());
        }

        @Test
        void preferredThenUsesPriority() {
            AggregateRow row = onlyRow(year2018("SY0902"),
                    flow("SY0902", "2018-01-01", "2018-01-31", 100).source("low", 1),
                    flow("SY0902", "2018-01-01", "2018-01-31", 200).source("high", 5));
            assertEquals(200L, row.value());
        }

        @Test
        void preferredThenUsesTheMoreRecentFigure() {
            AggregateRow byPeriodEnd = onlyRow(year2018("SY0902"),
                    flow("SY0902", "2018-01-01", "2018-01-31", 100).source("a"),
                    flow("SY0902", "2018-01-05", "2018-02-03", 200).source("b"));
            assertEquals(200L, byPeriodEnd.value());

            AggregateRow byDocument = onlyRow(year2018("SY0902"),
                    flow("SY0902", "2018-01-01", "2018-01-31", 100).source("a").published("2018-03-01"),
                    flow("SY0902", "2018-01-01", "2018-01-31", 200).source("b").published("2018-02-01"));
            assertEquals(100L, byDocument.value());
        }

        @Test
        void preferredFinallyUsesTheSourceId() {
            AggregateRow row = onlyRow(year2018("SY0902"),
                    flow("SY0902", "2018-01-01", "2018-01-31", 100).source("zeta"),
                    flow("SY0902", "2018-01-01", "2018-01-31", 200).source("alpha"));
            assertEquals(200L, row.value());
        }
    }

    @Nested
    class Statuses {

        private final TestFigure[] mixed = {
                flow("SY0902", "2018-01-01", "2018-01-31", 100).id(1).source("a"),
                flow("SY0902", "2018-01-01", "2018-01-31", 900).id(2).source("b").status(FigureStatus.DISPUTED),
                flow("SY0902", "2018-01-01", "2018-01-31", 5_000).id(3).source("c").status(FigureStatus.RETRACTED)};

        @Test
        void disputedAndRetractedFiguresAreNotCountedByDefault() {
            AggregateRow row = onlyRow(year2018("SY0902").withExplain(true).withPolicy(Policy.MAX), mixed);
            assertEquals(100L, row.value());
            assertEquals(1, row.sourceCount());
            assertEquals(List.of(
                    new Excluded(uuid(2), "status_disputed"),
                    new Excluded(uuid(3), "status_retracted")), row.figures().excluded());
        }

        @Test
        void widenedStatusesCountDisputedFiguresButPreferredStillRanksThemLast() {
            AggregateQuery widened = year2018("SY0902")
                    .withCounted(FigureStatus.REPORTED, FigureStatus.VERIFIED, FigureStatus.DISPUTED);
            assertEquals(900L, onlyRow(widened.withPolicy(Policy.MAX), mixed).value());
            AggregateRow preferred = onlyRow(widened, mixed);
            assertEquals(100L, preferred.value());
            assertEquals(2, preferred.sourceCount());
        }

        @Test
        void theStatusReasonWinsOverTheWindowReason() {
            AggregateRow row = onlyRow(year2018("SY0902").withExplain(true),
                    flow("SY0902", "2018-01-01", "2018-01-31", 100).id(1),
                    flow("SY0902", "2017-01-01", "2017-01-31", 100).id(2).status(FigureStatus.RETRACTED));
            assertEquals(List.of(new Excluded(uuid(2), "status_retracted")), row.figures().excluded());
        }

        @Test
        void onlyRetractedFiguresGiveNoRows() {
            assertTrue(rows(year2018("SY0902"),
                    flow("SY0902", "2018-01-01", "2018-01-31", 100).status(FigureStatus.RETRACTED)).isEmpty());
        }
    }

    @Nested
    class Windows {

        @Test
        void noFiguresGiveNoRows() {
            assertTrue(rows(year2018("SY09")).isEmpty());
        }

        @Test
        void aWindowWithNothingWhollyInsideGivesNoRows() {
            assertTrue(rows(year2018("SY0902"),
                    flow("SY0902", "2017-12-15", "2018-01-15", 100),
                    flow("SY0902", "2018-12-20", "2019-01-05", 100),
                    stock("SY0902", "2019-01-01", 5)).isEmpty());
        }

        @Test
        void windowEndsAreInclusive() {
            AggregateRow row = onlyRow(year2018("SY0902"),
                    flow("SY0902", "2018-01-01", "2018-12-31", 100));
            assertEquals(100L, row.value());
        }

        @Test
        void anUnboundedWindowCountsEverything() {
            AggregateRow row = onlyRow(AggregateQuery.of("displaced", null, null, "SY0902"),
                    flow("SY0902", "1999-01-01", "1999-01-31", 100),
                    flow("SY0902", "2030-01-01", "2030-01-31", 50));
            assertEquals(150L, row.value());
        }

        @Test
        void aHalfOpenWindowIsBoundedOnOneSideOnly() {
            AggregateRow row = onlyRow(AggregateQuery.of("displaced", JAN_1, null, "SY0902"),
                    flow("SY0902", "2017-12-01", "2017-12-31", 100),
                    flow("SY0902", "2030-01-01", "2030-01-31", 50));
            assertEquals(50L, row.value());
        }

        @Test
        void toBeforeFromIsRejected() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> rows(AggregateQuery.of("displaced", DEC_31, JAN_1, "SY0902")));
            assertTrue(e.getMessage().contains("before"));
        }
    }

    @Nested
    class Geography {

        @Test
        void threeLevelsRollUpToTheCountry() {
            AggregateRow row = onlyRow(year2018("SYR").withExplain(true),
                    flow("SY090200", "2018-01-01", "2018-01-31", 10).id(1),
                    flow("SY090201", "2018-01-01", "2018-01-31", 20).id(2).source("sarc"),
                    flow("SY0901", "2018-01-01", "2018-01-31", 300).id(3));

            assertEquals(330L, row.value());
            assertEquals("children", row.basis());
            assertEquals(new Coverage(1, 2), row.coverage(), "Deir-ez-Zor has data, Damascus has none");
            assertEquals(2, row.sourceCount());
            assertEquals(List.of(uuid(1), uuid(2), uuid(3)), row.figures().used());

            AggregateRow abuKamal = onlyRow(year2018("SY0902"),
                    flow("SY090200", "2018-01-01", "2018-01-31", 10),
                    flow("SY090201", "2018-01-01", "2018-01-31", 20));
            assertEquals(new Coverage(2, 2), abuKamal.coverage());
        }

        @Test
        void directFiguresAreTakenOverTheChildrensSum() {
            AggregateRow row = onlyRow(year2018("SY09").withExplain(true),
                    flow("SY09", "2018-01-01", "2018-01-31", 1_000).id(1),
                    flow("SY0901", "2018-01-01", "2018-01-31", 300).id(2),
                    flow("SY090201", "2018-01-01", "2018-01-31", 20).id(3));

            assertEquals(1_000L, row.value());
            assertEquals("direct", row.basis());
            assertNull(row.coverage());
            assertEquals(List.of(uuid(1)), row.figures().used());
            assertEquals(List.of(
                    new Excluded(uuid(2), "direct_figures_preferred"),
                    new Excluded(uuid(3), "direct_figures_preferred")), row.figures().excluded());
        }

        @Test
        void aChildWithItsOwnFiguresHidesItsGrandchildren() {
            AggregateRow row = onlyRow(year2018("SY09").withExplain(true),
                    flow("SY0902", "2018-01-01", "2018-01-31", 500).id(1),
                    flow("SY090201", "2018-01-01", "2018-01-31", 20).id(2));
            assertEquals(500L, row.value());
            assertEquals(List.of(new Excluded(uuid(2), "direct_figures_preferred")), row.figures().excluded());
        }

        @Test
        void rollupDirectUsesOnlyTheLocationsOwnFigures() {
            TestFigure[] figures = {
                    flow("SY09", "2018-01-01", "2018-01-31", 1_000).id(1),
                    flow("SY0901", "2018-01-01", "2018-01-31", 300).id(2)};
            AggregateRow row = onlyRow(year2018("SY09").withRollup(Rollup.DIRECT).withExplain(true), figures);
            assertEquals(1_000L, row.value());
            assertEquals(List.of(new Excluded(uuid(2), "rollup_direct_excludes_children")),
                    row.figures().excluded());

            assertTrue(rows(year2018("SY09").withRollup(Rollup.DIRECT),
                    flow("SY0901", "2018-01-01", "2018-01-31", 300)).isEmpty(),
                    "without own figures there is no direct value");
        }

        @Test
        void rollupChildrenIgnoresTheLocationsOwnFigures() {
            AggregateRow row = onlyRow(year2018("SY09").withRollup(Rollup.CHILDREN).withExplain(true),
                    flow("SY09", "2018-01-01", "2018-01-31", 1_000).id(1),
                    flow("SY0901", "2018-01-01", "2018-01-31", 300).id(2),
                    flow("SY0902", "2018-01-01", "2018-01-31", 200).id(3));
            assertEquals(500L, row.value());
            assertEquals("children", row.basis());
            assertEquals(new Coverage(2, 3), row.coverage());
            assertEquals(List.of(new Excluded(uuid(1), "rollup_children_excludes_direct")),
                    row.figures().excluded());
        }

        @Test
        void rollupChildrenOfALeafHasNoValue() {
            assertTrue(rows(year2018("SY0901").withRollup(Rollup.CHILDREN),
                    flow("SY0901", "2018-01-01", "2018-01-31", 300)).isEmpty());
        }

        @Test
        void levelRowsListEveryLocationOfThatLevelWithData() {
            TestFigure[] figures = {
                    flow("SY0901", "2018-01-01", "2018-01-31", 300),
                    flow("SY090201", "2018-01-01", "2018-01-31", 20),
                    stock("SY01", "2018-05-01", 7)};

            List<AggregateRow> governorates = rows(year2018("SYR").withLevel(1), figures);
            assertEquals(List.of("SY01/stock", "SY09/flow"), governorates.stream()
                    .map(r -> r.locationCode() + "/" + r.kind()).toList());
            assertEquals(320L, governorates.get(1).value());

            List<AggregateRow> districts = rows(year2018("SYR").withLevel(2), figures);
            assertEquals(List.of("SY0901", "SY0902"), districts.stream().map(AggregateRow::locationCode).toList());
            assertEquals(List.of(300L, 20L), districts.stream().map(AggregateRow::value).toList());

            assertTrue(rows(year2018("SY0902").withLevel(1), figures).isEmpty(),
                    "no level-1 location lies inside a district");
        }

        @Test
        void withoutAScopeEachCountryIsARow() {
            List<AggregateRow> rows = rows(AggregateQuery.of("displaced", JAN_1, DEC_31, null),
                    flow("SY0901", "2018-01-01", "2018-01-31", 300),
                    flow("IQG01Q02", "2018-01-01", "2018-01-31", 40),
                    flow("SY090201", "2018-01-01", "2018-01-31", 20));
            assertEquals(List.of("IRQ", "SYR"), rows.stream().map(AggregateRow::locationCode).toList());
            assertEquals(List.of(40L, 320L), rows.stream().map(AggregateRow::value).toList());
            assertEquals("Iraq", rows.get(0).locationName());
        }

        @Test
        void aLocationUnknownToTheGazetteerIsItsOwnWorldRoot() {
            List<AggregateRow> rows = rows(AggregateQuery.of("fighters", JAN_1, DEC_31, null),
                    stock("euphrates-valley-border-area", "2018-11-08", 1_500).source("us-led-coalition"));
            assertEquals(1, rows.size());
            assertEquals("euphrates-valley-border-area", rows.get(0).locationCode());
            assertNull(rows.get(0).locationName());
            assertEquals("direct", rows.get(0).basis());
        }
    }

    @Nested
    class Grouping {

        private final TestFigure[] figures = {
                flow("SY0901", "2018-01-01", "2018-01-31", 300).source("un-ocha"),
                flow("SY0902", "2018-01-01", "2018-01-31", 200).source("un-ocha"),
                flow("SY0902", "2018-01-01", "2018-01-31", 260).source("sarc"),
                flow("SY0902", "2018-01-01", "2018-01-31", 250).source("the-new-arab")};

        @Test
        void groupBySourceGivesEachSourceItsOwnValueWithoutAPolicy() {
            List<AggregateRow> rows = rows(year2018("SY09").withGroupBy(GroupBy.SOURCE).withPolicy(Policy.MIN),
                    figures);
            assertEquals(List.of("sarc", "the-new-arab", "un-ocha"), rows.stream().map(AggregateRow::source).toList());
            assertEquals(List.of(260L, 250L, 500L), rows.stream().map(AggregateRow::value).toList());
            assertTrue(rows.stream().allMatch(r -> r.sourceCount() == 1 && r.sourceType() == null));
            assertEquals(new Coverage(2, 3), rows.get(2).coverage());
            assertEquals(new Coverage(1, 3), rows.get(0).coverage());
        }

        @Test
        void groupBySourceTypeAppliesThePolicyWithinEachType() {
            Map<String, String> types = Map.of("un-ocha", "un_agency", "sarc", "ngo", "the-new-arab", "media");
            List<AggregateRow> rows = rows(year2018("SY0902").withGroupBy(GroupBy.SOURCE_TYPE).withSourceTypes(types),
                    figures);
            assertEquals(List.of("media", "ngo", "un_agency"), rows.stream().map(AggregateRow::sourceType).toList());
            assertEquals(List.of(250L, 260L, 200L), rows.stream().map(AggregateRow::value).toList());
            assertTrue(rows.stream().allMatch(r -> r.source() == null));
        }

        @Test
        void sourcesMissingFromTheTypeMapAreGroupedAsUnknown() {
            List<AggregateRow> rows = rows(year2018("SY0902").withGroupBy(GroupBy.SOURCE_TYPE)
                    .withSourceTypes(Map.of("un-ocha", "un_agency")).withPolicy(Policy.MAX), figures);
            assertEquals(List.of("un_agency", "unknown"), rows.stream().map(AggregateRow::sourceType).toList());
            assertEquals(List.of(200L, 260L), rows.stream().map(AggregateRow::value).toList());
            assertEquals(2, rows.get(1).sourceCount());
        }
    }
}
