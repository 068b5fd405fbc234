package org.humstats.aggregate;

import static org.humstats.aggregate.TestFigure.cumulative;
import static org.humstats.aggregate.TestFigure.flow;
import static org.humstats.aggregate.TestFigure.stock;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a time series without an explanation reads of stocks and running totals: the latest per bucket only. */
class LatestPerBucketTest {

    private static List<UUID> kept(Interval interval, TestFigure... figures) {
        List<CountedFigure> all = Arrays.stream(figures).map(TestFigure::build).toList();
        return LatestPerBucket.of(all, interval).stream().map(CountedFigure::id).toList();
    }

    private static List<UUID> ids(long... ns) {
        return Arrays.stream(ns).mapToObj(TestFigure::uuid).toList();
    }

    @Test
    void shouldKeepOnlyTheLatestStockOfASourceInEachBucket() {
        assertEquals(ids(2, 3), kept(Interval.MONTH,
                stock("SY0902", "2017-10-05", 100).id(1),
                stock("SY0902", "2017-10-20", 150).id(2),
                stock("SY0902", "2017-11-02", 90).id(3)));
    }

    @Test
    void shouldKeepStocksThatShareTheLatestDateSoTheRuleCanBreakTheTie() {
        assertEquals(ids(2, 3), kept(Interval.MONTH,
                stock("SY0902", "2017-10-05", 100).id(1),
                stock("SY0902", "2017-10-20", 150).id(2).published("2017-10-21"),
                stock("SY0902", "2017-10-20", 170).id(3).published("2017-10-25")));
    }

    @Test
    void shouldKeepTheLatestOfEachLocationAndSourceApart() {
        assertEquals(ids(1, 2, 3), kept(Interval.MONTH,
                stock("SY0902", "2017-10-05", 100).id(1),
                stock("SY0902", "2017-10-03", 80).id(2).source("sarc"),
                stock("SY0901", "2017-10-01", 60).id(3)));
    }

    @Test
    void shouldCompareOnlyWithinTheBucketOfTheInterval() {
        TestFigure[] figures = {
                stock("SY0902", "2017-10-05", 100).id(1),
                stock("SY0902", "2017-11-20", 150).id(2),
                stock("SY0902", "2017-12-31", 170).id(3)};
        assertEquals(ids(1, 2, 3), kept(Interval.MONTH, figures));
        assertEquals(ids(3), kept(Interval.QUARTER, figures));
        assertEquals(ids(1, 2, 3), kept(Interval.WEEK, figures));
    }

    @Test
    void shouldLeaveFlowsAsTheyAreEvenWhenTheyOverlap() {
        assertEquals(ids(1, 2, 3), kept(Interval.YEAR,
                flow("SY0902", "2017-10-01", "2017-10-31", 100).id(1),
                flow("SY0902", "2017-10-01", "2017-10-15", 40).id(2),
                flow("SY0902", "2017-11-01", "2017-11-30", 70).id(3)));
    }

    @Test
    void shouldKeepTheLatestRunningTotalOfEachOriginApart() {
        assertEquals(ids(2, 3, 4), kept(Interval.YEAR,
                cumulative("SYR", "2011-03-01", "2017-06-30", 300_000).id(1),
                cumulative("SYR", "2011-03-01", "2017-11-08", 330_000).id(2),
                cumulative("SYR", "2017-04-01", "2017-09-30", 180_000).id(3),
                // a stock on the same day is a different kind: it does not compete with the running totals
                stock("SYR", "2017-06-30", 5).id(4)));
    }

    @Test
    void shouldKeepTheOrderInWhichTheFiguresCame() {
        assertEquals(ids(3, 1), kept(Interval.MONTH,
                stock("SY0901", "2017-10-01", 60).id(3),
                stock("SY0902", "2017-10-05", 100).id(2),
                stock("SY0902", "2017-10-20", 150).id(1)));
    }
}
