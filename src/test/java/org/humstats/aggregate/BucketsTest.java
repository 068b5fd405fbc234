package org.humstats.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BucketsTest {

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    private static List<String> spans(List<Bucket> buckets) {
        return buckets.stream().map(b -> b.start() + ".." + b.end()).toList();
    }

    @Test
    void isoWeeksStartOnMondayAndCrossTheYearBoundary() {
        // 2019-12-30 is the Monday of ISO week 1 of 2020.
        assertEquals(List.of("2019-12-23..2019-12-29", "2019-12-30..2020-01-05", "2020-01-06..2020-01-12"),
                spans(Buckets.between(d("2019-12-28"), d("2020-01-06"), Interval.WEEK)));
        assertEquals(d("2019-12-30"), Buckets.startOf(d("2020-01-01"), Interval.WEEK));
        assertEquals(d("2019-12-30"), Buckets.startOf(d("2019-12-30"), Interval.WEEK));
        assertEquals(d("2020-01-06"), Buckets.startOf(d("2020-01-12"), Interval.WEEK), "Sunday closes the week");
    }

    @Test
    void monthBucketsKnowTheLeapDay() {
        assertEquals(List.of("2020-01-01..2020-01-31", "2020-02-01..2020-02-29", "2020-03-01..2020-03-31"),
                spans(Buckets.between(d("2020-01-31"), d("2020-03-01"), Interval.MONTH)));
        assertEquals(new Bucket(d("2021-02-01"), d("2021-02-28")), Buckets.containing(d("2021-02-10"), Interval.MONTH));
    }

    @Test
    void dayBucketsIncludeTheLeapDay() {
        assertEquals(List.of("2020-02-28..2020-02-28", "2020-02-29..2020-02-29", "2020-03-01..2020-03-01"),
                spans(Buckets.between(d("2020-02-28"), d("2020-03-01"), Interval.DAY)));
        assertEquals(366, Buckets.bucketCount(d("2020-01-01"), d("2020-12-31"), Interval.DAY));
    }

    @Test
    void quartersStartInJanuaryAprilJulyAndOctober() {
        assertEquals(List.of("2017-01-01..2017-03-31", "2017-04-01..2017-06-30", "2017-07-01..2017-09-30"),
                spans(Buckets.between(d("2017-02-15"), d("2017-08-01"), Interval.QUARTER)));
        assertEquals(d("2017-10-01"), Buckets.startOf(d("2017-12-31"), Interval.QUARTER));
        assertEquals(new Bucket(d("2016-01-01"), d("2016-03-31")), Buckets.containing(d("2016-02-29"), Interval.QUARTER));
    }

    @Test
    void yearsStartOnTheFirstOfJanuary() {
        assertEquals(List.of("2016-01-01..2016-12-31", "2017-01-01..2017-12-31"),
                spans(Buckets.between(d("2016-07-04"), d("2017-01-01"), Interval.YEAR)));
    }

    @Test
    void aSingleDayGivesOneBucket() {
        assertEquals(1, Buckets.between(d("2018-05-05"), d("2018-05-05"), Interval.WEEK).size());
        assertEquals(1, CountingRules.bucketCount(d("2018-05-05"), d("2018-05-05"), Interval.DAY));
    }

    @Test
    void bucketCountMatchesTheBucketsBuilt() {
        LocalDate from = d("2011-03-15");
        LocalDate to = d("2017-11-08");
        for (Interval interval : Interval.values()) {
            assertEquals(Buckets.between(from, to, interval).size(), Buckets.bucketCount(from, to, interval),
                    interval.wire());
        }
        assertEquals(0, Buckets.bucketCount(to, from, Interval.DAY));
    }

    @Test
    void tooManyBucketsAreRefusedWithAnActionableMessage() {
        assertEquals(5000, CountingRules.MAX_BUCKETS);
        LocalDate from = d("2000-01-01");
        assertEquals(5000, Buckets.between(from, from.plusDays(4999), Interval.DAY).size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Buckets.between(from, from.plusDays(5000), Interval.DAY));
        assertTrue(e.getMessage().contains("5001") && e.getMessage().contains("5000"), e.getMessage());
    }

    @Test
    void toBeforeFromIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Buckets.between(d("2018-02-01"), d("2018-01-01"), Interval.MONTH));
    }
}
