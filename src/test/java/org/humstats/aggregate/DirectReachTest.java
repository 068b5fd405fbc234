package org.humstats.aggregate;

import org.humstats.figure.FigureStatus;
import static org.humstats.aggregate.TestFigure.flow;
import static org.humstats.aggregate.TestFigure.stock;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The top-down read of a time series: which locations are asked for, level by level. */
class DirectReachTest {

    private final Gazetteer gazetteer = TestGazetteers.syriaAndIraq();

    /** A quarterly series over the first half of 2017: two buckets. */
    private final DirectReach halfYear = new DirectReach(
            Buckets.between(LocalDate.parse("2017-01-01"), LocalDate.parse("2017-06-30"), Interval.QUARTER),
            Interval.QUARTER, FigureStatus.COUNTED_BY_DEFAULT);

    /** Runs the walk over in-memory figures and records the locations asked for at each level. */
    private List<List<String>> levelsAsked(DirectReach reach, String scope, TestFigure... figures) {
        List<CountedFigure> all = java.util.Arrays.stream(figures).map(TestFigure::build).toList();
        List<List<String>> asked = new ArrayList<>();
        reach.walk(scope, gazetteer, codes -> {
            asked.add(List.copyOf(codes));
            return all.stream().filter(f -> codes.contains(f.locationCode())).toList();
        });
        return asked;
    }

    @Test
    void nothingBelowALocationWithItsOwnFigureInEveryBucketIsRead() {
        assertEquals(List.of(List.of("SY09")), levelsAsked(halfYear, "SY09",
                flow("SY09", "2017-01-01", "2017-03-31", 100),
                flow("SY09", "2017-04-10", "2017-05-20", 40),
                flow("SY0902", "2017-02-01", "2017-02-28", 7)));
    }

    @Test
    void oneBucketWithoutADirectFigureSendsTheWalkOneLevelDown() {
        assertEquals(List.of(List.of("SY09"), List.of("SY0901", "SY0902", "SY0903"), List.of("SY090200", "SY090201")),
                levelsAsked(halfYear, "SY09", flow("SY09", "2017-01-01", "2017-03-31", 100)));
    }

    @Test
    void aBranchSettledByItsParentStopsWhileItsSiblingsGoOn() {
        // SY0902 covers the second quarter, SY09 the first: together nothing below SY0902 can count.
        assertEquals(List.of(List.of("SYR"), List.of("SY01", "SY09"), List.of("SY0901", "SY0902", "SY0903")),
                levelsAsked(halfYear, "SYR",
                        flow("SY09", "2017-02-01", "2017-02-28", 5),
                        flow("SY0902", "2017-04-01", "2017-06-30", 9)));
    }

    @Test
    void figuresThatGiveNoDirectValueDoNotSettleABucket() {
        assertEquals(3, levelsAsked(halfYear, "SY09",
                // straddles the quarter boundary: counts in no bucket (rule 7)
                flow("SY09", "2017-03-15", "2017-04-15", 100),
                // disputed: not counted by default
                flow("SY09", "2017-04-01", "2017-04-30", 100).status(FigureStatus.DISPUTED),
                flow("SY09", "2017-01-01", "2017-01-31", 100)).size());
    }

    @Test
    void aStockSettlesTheBucketOfItsAsOfDate() {
        assertEquals(-1, halfYear.directBucket(stock("SY09", "2016-12-31", 1).build()));
        assertEquals(0, halfYear.directBucket(stock("SY09", "2017-03-31", 1).build()));
        assertEquals(1, halfYear.directBucket(stock("SY09", "2017-04-01", 1).build()));
        assertEquals(-1, halfYear.directBucket(stock("SY09", "2017-07-01", 1).build()));
    }
}
