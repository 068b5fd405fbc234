package org.humstats.aggregate;

import org.humstats.figure.Breakdown;
import org.humstats.figure.FigureStatus;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Parameters of a time series. from, to and location are required. Nulls take defaults:
 * interval month, policy preferred, fill none, counted statuses reported + verified.
 *
 * @param source when set, only this source's figures are considered (others are dropped silently, not
 *               listed as excluded)
 * @param breakdown who is counted; only figures of exactly this breakdown are considered (docs/counting.md#breakdowns)
 */
record TimeSeriesQuery(
        String metric,
        String location,
        LocalDate from,
        LocalDate to,
        Interval interval,
        Policy policy,
        Fill fill,
        String source,
        boolean explain,
        Set<FigureStatus> counted,
        Breakdown breakdown) {

    public TimeSeriesQuery {
        interval = interval == null ? Interval.MONTH : interval;
        policy = policy == null ? Policy.PREFERRED : policy;
        fill = fill == null ? Fill.NONE : fill;
        counted = counted == null ? FigureStatus.COUNTED_BY_DEFAULT : Set.copyOf(counted);
        breakdown = breakdown == null ? Breakdown.WHOLE : breakdown;
    }

    /** A query with every optional parameter at its default. */
    public static TimeSeriesQuery of(String metric, String location, LocalDate from, LocalDate to, Interval interval) {
        return new TimeSeriesQuery(metric, location, from, to, interval, null, null, null, false, null, null);
    }

    public TimeSeriesQuery withPolicy(Policy p) {
        return new TimeSeriesQuery(metric, location, from, to, interval, p, fill, source, explain, counted, breakdown);
    }

    public TimeSeriesQuery withFill(Fill f) {
        return new TimeSeriesQuery(metric, location, from, to, interval, policy, f, source, explain, counted, breakdown);
    }

    public TimeSeriesQuery withSource(String s) {
        return new TimeSeriesQuery(metric, location, from, to, interval, policy, fill, s, explain, counted, breakdown);
    }

    public TimeSeriesQuery withExplain(boolean e) {
        return new TimeSeriesQuery(metric, location, from, to, interval, policy, fill, source, e, counted, breakdown);
    }

    public TimeSeriesQuery withCounted(FigureStatus first, FigureStatus... rest) {
        return new TimeSeriesQuery(metric, location, from, to, interval, policy, fill, source, explain,
                EnumSet.of(first, rest), breakdown);
    }

    public TimeSeriesQuery withBreakdown(Breakdown b) {
        return new TimeSeriesQuery(metric, location, from, to, interval, policy, fill, source, explain, counted, b);
    }
}
