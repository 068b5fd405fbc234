package org.humstats.aggregate;

import org.humstats.figure.Qualifier;
import org.humstats.figure.FigureStatus;
import static org.humstats.aggregate.TestFigure.cumulative;
import static org.humstats.aggregate.TestFigure.flow;
import static org.humstats.aggregate.TestFigure.stock;
import static org.humstats.aggregate.TestFigure.uuid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeSeriesTest {

    private final Gazetteer gazetteer = TestGazetteers.syriaAndIraq();

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    private TimeSeriesResult series(TimeSeriesQuery query, TestFigure... figures) {
        return CountingRules.timeSeries(query, Arrays.stream(figures).map(TestFigure::build).toList(), gazetteer);
    }

    private static TimeSeriesQuery monthly(String location, String from, String to) {
        return TimeSeriesQuery.of("displaced", location, d(from), d(to), Interval.MONTH);
    }

    private static List<Long> values(Series series) {
        return series.points().stream().map(Point::value).toList();
    }

    @Test
    void flowsFallIntoTheBucketThatHoldsTheirWholePeriod() {
        TimeSeriesResult result = series(monthly("SY0902", "2018-01-15", "2018-04-02").withExplain(true),
                flow("SY0902", "2018-01-01", "2018-01-31", 100).id(1),
                flow("SY0902", "2018-02-20", "2018-03-10", 999).id(2),
                flow("SY0902", "2018-03-01", "2018-03-31", 300).id(3),
                flow("SY0902", "2018-03-05", "2018-03-06", 7).id(4));

        assertEquals(1, result.series().size());
        Series flows = result.series().get(0);
        assertEquals(List.of(d("2018-01-01"), d("2018-02-01"), d("2018-03-01"), d("2018-04-01")),
                flows.points().stream().map(Point::start).toList());
        assertEquals(Arrays.asList(100L, null, 300L, null), values(flows));

        Point february = flows.points().get(1);
        assertEquals(0, february.sourceCount());
        assertEquals(List.of(), february.figures().used());
        assertEquals(List.of(new Excluded(uuid(2), "outside_window")), february.figures().excluded(),
                "a flow straddling two months counts in neither");
        Point march = flows.points().get(2);
        assertEquals(List.of(uuid(3)), march.figures().used());
        assertEquals(List.of(new Excluded(uuid(2), "outside_window"), new Excluded(uuid(4), "overlaps_chosen_figure")),
                march.figures().excluded());
    }

    @Test
    void theResultEchoesTheRequest() {
        TimeSeriesResult result = series(monthly("SY0902", "2018-01-15", "2018-02-02").withPolicy(Policy.MAX),
                flow("SY0902", "2018-01-01", "2018-01-31", 100));
        assertEquals("displaced", result.metric());
        assertEquals("SY0902", result.locationCode());
        assertEquals(Interval.MONTH, result.interval());
        assertEquals(d("2018-01-15"), result.from());
        assertEquals(d("2018-02-02"), result.to());
        assertEquals(Policy.MAX, result.policy());
        assertEquals(Fill.NONE, result.fill());
    }

    @Test
    void eachBucketAppliesThePolicyAcrossSources() {
        TestFigure[] figures = {
                flow("SY0902", "2018-01-01", "2018-01-31", 100).source("a", 1),
                flow("SY0902", "2018-01-01", "2018-01-31", 140).source("b", 0).qualifier(Qualifier.AT_LEAST)};
        Point preferred = series(monthly("SY0902", "2018-01-01", "2018-01-31"), figures)
                .series().get(0).points().get(0);
        assertEquals(new Point(d("2018-01-01"), d("2018-01-31"), 100L, 100L, null, 2, false, null), preferred);
        Point median = series(monthly("SY0902", "2018-01-01", "2018-01-31").withPolicy(Policy.MEDIAN), figures)
                .series().get(0).points().get(0);
        assertEquals(120L, median.value());
    }

    @Test
    void eachBucketRollsUpChildrenLikeAnAggregate() {
        TimeSeriesResult result = series(monthly("SY09", "2018-01-01", "2018-02-28"),
                flow("SY0901", "2018-01-01", "2018-01-31", 100),
                flow("SY0902", "2018-01-01", "2018-01-31", 50).source("sarc"),
                flow("SY09", "2018-02-01", "2018-02-28", 400),
                flow("SY0901", "2018-02-01", "2018-02-28", 10));
        assertEquals(List.of(150L, 400L), values(result.series().get(0)));
        assertEquals(List.of(2, 1), result.series().get(0).points().stream().map(Point::sourceCount).toList());
    }

    @Test
    void stocksTakeTheLatestObservationInTheBucket() {
        TimeSeriesResult result = series(monthly("SY0902", "2018-01-01", "2018-03-31"),
                stock("SY0902", "2018-01-05", 1_500),
                stock("SY0902", "2018-01-25", 1_300),
                stock("SY0902", "2018-03-10", 900));
        Series stocks = result.series().get(0);
        assertEquals("stock", stocks.kind());
        assertEquals(Arrays.asList(1_300L, null, 900L), values(stocks));
        assertTrue(stocks.points().stream().noneMatch(Point::carriedForward));
    }

    @Test
    void fillPreviousCarriesTheLastStockForwardAndSaysSo() {
        TimeSeriesResult result = series(monthly("SY0902", "2017-12-01", "2018-04-30").withFill(Fill.PREVIOUS)
                        .withExplain(true),
                stock("SY0902", "2018-01-25", 1_300).id(1).bounds(1_000L, 1_600L),
                stock("SY0902", "2018-02-14", 50).id(2).status(FigureStatus.RETRACTED),
                stock("SY0902", "2018-04-10", 900).id(3));
        List<Point> points = result.series().get(0).points();

        assertEquals(Arrays.asList(null, 1_300L, 1_300L, 1_300L, 900L), points.stream().map(Point::value).toList());
        assertEquals(List.of(false, false, true, true, false), points.stream().map(Point::carriedForward).toList());
        assertEquals(0, points.get(0).sourceCount(), "nothing to carry before the first observation");
        Point february = points.get(2);
        assertEquals(1_000L, february.low());
        assertEquals(1_600L, february.high());
        assertEquals(1, february.sourceCount());
        assertEquals(List.of(uuid(1)), february.figures().used());
        assertEquals(List.of(new Excluded(uuid(2), "status_retracted")), february.figures().excluded());
    }

    @Test
    void cumulativeFiguresFormOneSeriesPerOriginWithTheRunningTotalKnownAtEachBucketEnd() {
        TimeSeriesResult result = series(monthly("SY0902", "2018-04-01", "2018-07-31").withExplain(true),
                cumulative("SY0902", "2018-04-01", "2018-04-20", 50_000).id(1),
                cumulative("SY0902", "2018-04-01", "2018-06-15", 184_705).id(2),
                cumulative("SY0902", "2018-04-01", "2018-05-31", 120_000).id(3).source("sarc"),
                cumulative("SY0902", "2011-03-15", "2018-03-01", 330_000).id(4).qualifier(Qualifier.AT_LEAST),
                flow("SY0902", "2018-05-01", "2018-05-31", 9_000).id(5));

        assertEquals(List.of("flow/null", "cumulative/2011-03-15", "cumulative/2018-04-01"),
                result.series().stream().map(s -> s.kind() + "/" + s.origin()).toList());

        Series sinceWar = result.series().get(1);
        assertEquals(List.of(330_000L, 330_000L, 330_000L, 330_000L), values(sinceWar),
                "a total published before the range is still the total known");
        assertNull(sinceWar.points().get(0).high());
        assertFalse(sinceWar.points().get(3).carriedForward());

        Series sinceApril = result.series().get(2);
        assertEquals(Arrays.asList(50_000L, 120_000L, 184_705L, 184_705L), values(sinceApril),
                "same priority, so the more recent total is preferred: sarc's in May, un-ocha's from June");
        Point may = sinceApril.points().get(1);
        assertEquals(2, may.sourceCount());
        assertEquals(50_000L, may.low());
        assertEquals(120_000L, may.high());
        Point june = sinceApril.points().get(2);
        assertEquals(List.of(uuid(2), uuid(3)), june.figures().used());
        assertEquals(List.of(new Excluded(uuid(1), "overlaps_chosen_figure")), june.figures().excluded());
    }

    @Test
    void aSourceFilterKeepsOnlyThatSource() {
        TimeSeriesResult result = series(monthly("SY0902", "2018-01-01", "2018-01-31").withSource("sarc")
                        .withExplain(true),
                flow("SY0902", "2018-01-01", "2018-01-31", 100).source("un-ocha", 9),
                flow("SY0902", "2018-01-01", "2018-01-31", 70).source("sarc"));
        Point january = result.series().get(0).points().get(0);
        assertEquals(70L, january.value());
        assertEquals(1, january.sourceCount());
        assertEquals(List.of(), january.figures().excluded());
    }

    @Test
    void kindsWithoutCountedFiguresHaveNoSeries() {
        TimeSeriesResult result = series(monthly("SY0902", "2018-01-01", "2018-12-31"),
                flow("SY0902", "2018-01-01", "2018-01-31", 100).status(FigureStatus.RETRACTED),
                stock("SY0902", "2018-02-01", 5));
        assertEquals(List.of("stock"), result.series().stream().map(Series::kind).toList());
        assertTrue(series(monthly("SY0902", "2018-01-01", "2018-12-31")).series().isEmpty());
    }

    @Test
    void widenedStatusesBringDisputedFiguresIn() {
        TestFigure disputed = flow("SY0902", "2018-01-01", "2018-01-31", 100).status(FigureStatus.DISPUTED);
        assertTrue(series(monthly("SY0902", "2018-01-01", "2018-01-31"), disputed).series().isEmpty());
        TimeSeriesResult widened = series(monthly("SY0902", "2018-01-01", "2018-01-31")
                .withCounted(FigureStatus.REPORTED, FigureStatus.DISPUTED), disputed);
        assertEquals(List.of(100L), values(widened.series().get(0)));
    }

    @Test
    void weeklyFlowsAcrossTheNewYear() {
        TimeSeriesResult result = series(
                TimeSeriesQuery.of("displaced", "SY0902", d("2019-12-25"), d("2020-01-08"), Interval.WEEK),
                flow("SY0902", "2019-12-30", "2020-01-05", 640),
                flow("SY0902", "2019-12-28", "2019-12-31", 10));
        Series flows = result.series().get(0);
        assertEquals(List.of(d("2019-12-23"), d("2019-12-30"), d("2020-01-06")),
                flows.points().stream().map(Point::start).toList());
        assertEquals(Arrays.asList(null, 640L, null), values(flows));
    }

    @Test
    void dailyStocksOnTheLeapDay() {
        TimeSeriesResult result = series(
                TimeSeriesQuery.of("idps", "SY0902", d("2020-02-28"), d("2020-03-01"), Interval.DAY)
                        .withFill(Fill.PREVIOUS),
                stock("SY0902", "2020-02-29", 42));
        Series stocks = result.series().get(0);
        assertEquals(Arrays.asList(null, 42L, 42L), values(stocks));
        assertEquals(d("2020-02-29"), stocks.points().get(1).end());
        assertTrue(stocks.points().get(2).carriedForward());
    }

    @Test
    void quarterlyFlowsOfAFullYear() {
        TimeSeriesResult result = series(
                TimeSeriesQuery.of("displaced", "SY0902", d("2017-01-01"), d("2017-12-31"), Interval.QUARTER),
                flow("SY0902", "2017-04-01", "2017-06-30", 5),
                flow("SY0902", "2017-08-01", "2017-08-31", 6),
                flow("SY0902", "2017-09-01", "2017-09-30", 7));
        assertEquals(Arrays.asList(null, 5L, 13L, null), values(result.series().get(0)));
    }

    @Test
    void invalidRequestsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> series(monthly("SY0902", "2018-02-01", "2018-01-01")));
        assertThrows(IllegalArgumentException.class, () -> series(
                TimeSeriesQuery.of("displaced", "SY0902", null, d("2018-01-01"), Interval.DAY)));
        assertThrows(IllegalArgumentException.class, () -> series(
                TimeSeriesQuery.of("displaced", null, d("2018-01-01"), d("2018-01-02"), Interval.DAY)));
        assertThrows(IllegalArgumentException.class, () -> series(
                TimeSeriesQuery.of("displaced", "SY0902", d("2000-01-01"), d("2020-01-01"), Interval.DAY)));
    }
}
