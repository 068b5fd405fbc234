package org.humstats.aggregate;

import org.humstats.figure.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The time-series computation behind {@link CountingRules#timeSeries} (rule 7, docs/counting.md#7-time-series). Every
 * bucket is valued like an aggregate of the location with rollup prefer_direct:
 * <ul>
 *   <li>flow series: flows whose whole period lies in the bucket; a flow straddling a bucket boundary counts in
 *       no bucket (it is listed as outside_window in the buckets it touches);</li>
 *   <li>stock series: the latest observation per source in the bucket; {@code fill=previous} carries the last
 *       non-empty bucket of the series forward (never a value from before the first bucket);</li>
 *   <li>cumulative series, one per origin date: the latest total per source with period end on or before the
 *       bucket's end, whenever it was published. A total known from an earlier bucket is the running total, not a
 *       fill, so it is not flagged carried_forward.</li>
 * </ul>
 * A series exists for each kind (and each cumulative origin) with at least one figure of a counted status.
 */
final class TimeSeriesComputation {

    private final TimeSeriesQuery query;
    private final Gazetteer gazetteer;
    private final List<Bucket> buckets;
    private final Predicate<CountedFigure> statusCounted;

    private TimeSeriesComputation(TimeSeriesQuery query, Gazetteer gazetteer) {
        this.query = query;
        this.gazetteer = gazetteer;
        this.buckets = Buckets.between(query.from(), query.to(), query.interval());
        this.statusCounted = f -> query.counted().contains(f.status());
    }

    static TimeSeriesResult run(TimeSeriesQuery query, List<CountedFigure> figures, Gazetteer gazetteer) {
        if (query.location() == null) {
            throw new IllegalArgumentException("location is required for a time series");
        }
        return new TimeSeriesComputation(query, gazetteer).compute(figures);
    }

    private TimeSeriesResult compute(List<CountedFigure> figures) {
        // Only figures of the asked breakdown (docs/counting.md#breakdowns), and of the asked source if any.
        List<CountedFigure> pool = figures.stream()
                .filter(f -> f.breakdown().equals(query.breakdown()))
                .filter(f -> query.source() == null || f.source().equals(query.source()))
                .toList();
        List<CountedFigure> flows = ofKind(pool, Kind.FLOW);
        List<CountedFigure> cumulative = ofKind(pool, Kind.CUMULATIVE);
        List<CountedFigure> stocks = ofKind(pool, Kind.STOCK);

        List<Series> series = new ArrayList<>();
        if (flows.stream().anyMatch(statusCounted)) {
            series.add(flowSeries(flows));
        }
        for (Origins.Origin origin : Origins.of(cumulative.stream().filter(statusCounted).toList())) {
            series.add(cumulativeSeries(origin, cumulative));
        }
        if (stocks.stream().anyMatch(statusCounted)) {
            series.add(stockSeries(stocks));
        }
        return new TimeSeriesResult(query.metric(), query.location(), query.interval(), query.from(), query.to(),
                query.policy(), query.fill(), Aggregation.parts(query.breakdown()), List.copyOf(series));
    }

    private Series flowSeries(List<CountedFigure> flows) {
        List<List<CountedFigure>> touchingByBucket = byBucket(flows);
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < buckets.size(); i++) {
            Bucket bucket = buckets.get(i);
            Window window = bucket.window();
            List<CountedFigure> touching = touchingByBucket.get(i);
            Tally tally = new Tally(touching, Aggregation.gate(query.counted(), window), false, query.policy(),
                    gazetteer);
            points.add(point(bucket, tally));
        }
        return new Series(Kind.FLOW.wire(), null, null, List.copyOf(points));
    }

    private Series cumulativeSeries(Origins.Origin origin, List<CountedFigure> cumulative) {
        List<Point> points = new ArrayList<>();
        Function<CountedFigure, ExclusionReason> statusOnly = f ->
                statusCounted.test(f) ? null : ExclusionReason.forStatus(f.status());
        // Running totals whose origins meet are one series: each is placed on the series' origin, so that rule 3 sees
        // one running total per source and keeps its latest.
        List<CountedFigure> sameOrigin = cumulative.stream()
                .filter(origin::holds)
                .map(f -> f.withPeriodStart(origin.start()))
                .sorted(Comparator.comparing(CountedFigure::periodEnd))
                .toList();
        int known = 0;
        Point previous = null;
        LatestTotals latest = new LatestTotals();
        for (Bucket bucket : buckets) {
            int knownBefore = known;
            while (known < sameOrigin.size() && !sameOrigin.get(known).periodEnd().isAfter(bucket.end())) {
                latest.add(sameOrigin.get(known));
                known++;
            }
            if (previous != null && known == knownBefore) {
                // Nothing new was published: the running total (and its explanation) stays what it was.
                previous = new Point(bucket.start(), bucket.end(), previous.value(), previous.low(), previous.high(),
                        previous.sourceCount(), false, previous.figures());
            } else if (query.explain()) {
                // Every figure known so far is tallied, so that the older totals are listed as excluded.
                previous = point(bucket, new Tally(sameOrigin.subList(0, known), statusOnly, false, query.policy(),
                        gazetteer));
            } else {
                // Same origin means every pair overlaps, so rule 3 (docs/counting.md#3-same-source) keeps each
                // source's latest total: only those candidates are counted, and only the (location, source) pairs with
                // a new total are counted again (the same value, far less work over a long series).
                previous = point(bucket, latest.value(), null);
            }
            points.add(previous);
        }
        return new Series(Kind.CUMULATIVE.wire(), origin.start(),
                origin.precision() == org.humstats.figure.DatePrecision.DAY ? null : origin.precision(), List.copyOf(points));
    }

    private Series stockSeries(List<CountedFigure> stocks) {
        List<Point> points = new ArrayList<>();
        List<List<CountedFigure>> observedByBucket = byBucket(stocks);
        Point lastWithValue = null;
        for (int i = 0; i < buckets.size(); i++) {
            Bucket bucket = buckets.get(i);
            Window window = bucket.window();
            List<CountedFigure> observed = observedByBucket.get(i);
            Tally tally = new Tally(observed, Aggregation.gate(query.counted(), window), true, query.policy(),
                    gazetteer);
            Point point = point(bucket, tally);
            if (point.value() != null) {
                lastWithValue = point;
            } else if (query.fill() == Fill.PREVIOUS && lastWithValue != null) {
                point = carriedForward(bucket, lastWithValue, point);
            }
            points.add(point);
        }
        return new Series(Kind.STOCK.wire(), null, null, List.copyOf(points));
    }

    /**
     * For one cumulative series, the counted totals with the latest period end per (location, source) known so far:
     * the only ones rule 3 (docs/counting.md#3-same-source) can choose (ties are kept; the rule breaks them by
     * document date and id), and each pair's estimate, recomputed only when the pair got a new total.
     */
    private final class LatestTotals {
        private final Map<String, Map<String, List<CountedFigure>>> byLocationAndSource = new HashMap<>();
        private final Map<String, Map<String, SourceEstimate>> estimates = new HashMap<>();
        /** Each location's estimates as the rollup takes them; only locations with a new total are rebuilt. */
        private final Map<String, List<SourceEstimate>> direct = new HashMap<>();
        private final Map<String, Set<String>> changed = new HashMap<>();

        /** Figures must arrive in order of period end. */
        void add(CountedFigure figure) {
            if (!statusCounted.test(figure)) {
                return;
            }
            List<CountedFigure> latest = byLocationAndSource
                    .computeIfAbsent(figure.locationCode(), k -> new HashMap<>())
                    .computeIfAbsent(figure.source(), k -> new ArrayList<>());
            if (!latest.isEmpty() && latest.get(0).periodEnd().isBefore(figure.periodEnd())) {
                latest.clear();
            }
            latest.add(figure);
            changed.computeIfAbsent(figure.locationCode(), k -> new TreeSet<>()).add(figure.source());
        }

        /** The series location's value from the totals known so far, as a tally of them would give it. */
        Optional<LocationValue> value() {
            changed.forEach((location, sources) -> {
                Map<String, SourceEstimate> bySource = estimates.computeIfAbsent(location, k -> new TreeMap<>());
                for (String source : sources) {
                    List<CountedFigure> candidates = byLocationAndSource.get(location).get(source);
                    bySource.put(source, SourceEstimate.of(source, SameSourceRule.select(candidates, false).chosen()));
                }
                direct.put(location, List.copyOf(bySource.values()));
            });
            changed.clear();
            return new GeographicRollup(gazetteer, query.policy(), direct).value(query.location(), Rollup.PREFER_DIRECT);
        }
    }

    private Point point(Bucket bucket, Tally tally) {
        Optional<LocationValue> value = tally.value(query.location(), Rollup.PREFER_DIRECT);
        Explanation explanation = query.explain()
                ? tally.explain(query.location(), Rollup.PREFER_DIRECT, value.orElse(null))
                : null;
        return point(bucket, value, explanation);
    }

    private static Point point(Bucket bucket, Optional<LocationValue> value, Explanation explanation) {
        if (value.isEmpty()) {
            return new Point(bucket.start(), bucket.end(), null, null, null, 0, false, explanation);
        }
        Estimate estimate = value.get().estimate();
        return new Point(bucket.start(), bucket.end(), estimate.value(), estimate.low(), estimate.high(),
                value.get().sourceCount(), false, explanation);
    }

    /** The earlier value, its figures as "used", and this bucket's own exclusions (if any). */
    private Point carriedForward(Bucket bucket, Point earlier, Point empty) {
        Explanation explanation = null;
        if (query.explain()) {
            explanation = new Explanation(earlier.figures().used(), empty.figures().excluded());
        }
        return new Point(bucket.start(), bucket.end(), earlier.value(), earlier.low(), earlier.high(),
                earlier.sourceCount(), true, explanation);
    }

    /**
     * For each bucket, the figures whose period touches it (for a stock: whose as-of date is in it). Indexing once
     * keeps a long series from rescanning every figure for every bucket.
     */
    private List<List<CountedFigure>> byBucket(List<CountedFigure> figures) {
        List<List<CountedFigure>> index = new ArrayList<>(buckets.size());
        for (int i = 0; i < buckets.size(); i++) {
            index.add(new ArrayList<>());
        }
        LocalDate firstDay = buckets.get(0).start();
        LocalDate lastDay = buckets.get(buckets.size() - 1).end();
        for (CountedFigure figure : figures) {
            Period period = Period.of(figure);
            if (period.end().isBefore(firstDay) || period.start().isAfter(lastDay)) {
                continue;
            }
            int first = bucketIndex(period.start().isBefore(firstDay) ? firstDay : period.start());
            int last = bucketIndex(period.end().isAfter(lastDay) ? lastDay : period.end());
            for (int i = first; i <= last; i++) {
                index.get(i).add(figure);
            }
        }
        return index;
    }

    /** Index of the bucket holding a date known to lie within the buckets. */
    private int bucketIndex(LocalDate date) {
        return Buckets.indexOf(date, buckets.get(0).start(), query.interval());
    }

    private static List<CountedFigure> ofKind(List<CountedFigure> figures, Kind kind) {
        return figures.stream().filter(f -> f.kind() == kind).toList();
    }
}
