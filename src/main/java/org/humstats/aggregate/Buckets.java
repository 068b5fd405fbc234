package org.humstats.aggregate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule 7 (docs/counting.md#7-time-series): calendar-aligned buckets. Weeks are ISO weeks (Monday to Sunday),
 * months start on the 1st, quarters on 1 January / April / July / October, years on 1 January. The first bucket is
 * the one containing {@code from}, the last the one containing {@code to}, so the buckets may reach beyond the
 * requested dates at both ends.
 */
final class Buckets {

    /** The largest number of buckets one time series may have; callers should answer 400 above it. */
    public static final int MAX_BUCKETS = 5000;

    private Buckets() {
    }

    /** Start of the bucket that contains {@code date}. */
    public static LocalDate startOf(LocalDate date, Interval interval) {
        return switch (interval) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case YEAR -> LocalDate.of(date.getYear(), 1, 1);
        };
    }

    /** Start of the bucket after the one starting at {@code bucketStart}. */
    static LocalDate nextStart(LocalDate bucketStart, Interval interval) {
        return switch (interval) {
            case DAY -> bucketStart.plusDays(1);
            case WEEK -> bucketStart.plusWeeks(1);
            case MONTH -> bucketStart.plusMonths(1);
            case QUARTER -> bucketStart.plusMonths(3);
            case YEAR -> bucketStart.plusYears(1);
        };
    }

    /** The bucket that contains {@code date}. */
    public static Bucket containing(LocalDate date, Interval interval) {
        LocalDate start = startOf(date, interval);
        return new Bucket(start, nextStart(start, interval).minusDays(1));
    }

    /**
     * How many buckets {@link #between} would produce, without building them, so a caller can refuse a request
     * above {@link #MAX_BUCKETS}. Zero when {@code to} is before {@code from}.
     */
    public static long bucketCount(LocalDate from, LocalDate to, Interval interval) {
        if (to.isBefore(from)) {
            return 0;
        }
        LocalDate first = startOf(from, interval);
        LocalDate last = startOf(to, interval);
        return switch (interval) {
            case DAY -> ChronoUnit.DAYS.between(first, last) + 1;
            case WEEK -> ChronoUnit.WEEKS.between(first, last) + 1;
            case MONTH -> ChronoUnit.MONTHS.between(first, last) + 1;
            case QUARTER -> ChronoUnit.MONTHS.between(first, last) / 3 + 1;
            case YEAR -> ChronoUnit.YEARS.between(first, last) + 1;
        };
    }

    /** Position of the bucket holding {@code date} in a series whose first bucket starts at {@code firstStart}. */
    static int indexOf(LocalDate date, LocalDate firstStart, Interval interval) {
        return (int) bucketCount(firstStart, date, interval) - 1;
    }

    /**
     * The contiguous buckets covering {@code from..to}.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from} or there would be more than
     *                                  {@link #MAX_BUCKETS} buckets
     */
    public static List<Bucket> between(LocalDate from, LocalDate to, Interval interval) {
        if (from == null || to == null || interval == null) {
            throw new IllegalArgumentException("from, to and interval are required for a time series");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("'to' (" + to + ") is before 'from' (" + from + ")");
        }
        long count = bucketCount(from, to, interval);
        if (count > MAX_BUCKETS) {
            throw new IllegalArgumentException("from " + from + " to " + to + " by " + interval + " gives " + count
                    + " buckets; at most " + MAX_BUCKETS + " are allowed - use a larger interval or a shorter range");
        }
        List<Bucket> buckets = new ArrayList<>((int) count);
        LocalDate start = startOf(from, interval);
        while (!start.isAfter(to)) {
            LocalDate next = nextStart(start, interval);
            buckets.add(new Bucket(start, next.minusDays(1)));
            start = next;
        }
        return buckets;
    }
}
