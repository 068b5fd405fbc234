package org.humstats.aggregate;

import java.time.LocalDate;
import java.util.List;

/**
 * The HumStats counting rules (rules 1-8 of docs/counting.md) as pure functions: no I/O, no clock, no state.
 * The caller passes the figures of one metric inside the scope's subtree (figures outside the window may be
 * included: they are excluded here, with a reason) and a gazetteer.
 *
 * @see ExclusionReason for every reason a figure can be left out
 */
final class CountingRules {

    /** The largest number of buckets in one time series; see {@link #bucketCount}. */
    public static final int MAX_BUCKETS = Buckets.MAX_BUCKETS;

    private CountingRules() {
    }

    /**
     * One row per (location, kind) with data - or per (location, kind, source / source type) when grouped.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    public static AggregateResult aggregate(AggregateQuery query, List<CountedFigure> figures, Gazetteer gazetteer) {
        return Aggregation.run(query, figures, gazetteer);
    }

    /**
     * One series per kind present (one per origin for cumulative figures), each with every bucket of the range.
     *
     * @throws IllegalArgumentException when location, from or to is missing, {@code to} is before {@code from},
     *                                  or the range needs more than {@link #MAX_BUCKETS} buckets
     */
    public static TimeSeriesResult timeSeries(TimeSeriesQuery query, List<CountedFigure> figures, Gazetteer gazetteer) {
        return TimeSeriesComputation.run(query, figures, gazetteer);
    }

    /** Number of buckets a time series from..to would have (0 when to is before from). */
    public static long bucketCount(LocalDate from, LocalDate to, Interval interval) {
        return Buckets.bucketCount(from, to, interval);
    }
}
