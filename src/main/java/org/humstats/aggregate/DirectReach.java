package org.humstats.aggregate;

import org.humstats.figure.Kind;
import org.humstats.figure.FigureStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which flows or stocks a time series can still use, found top-down so that the rest are never read.
 *
 * <p>A time-series point is the prefer_direct value of the series' location (rule 7 with rule 5,
 * docs/counting.md#7-time-series and #5-geography): a location with a counted figure of its own in a bucket takes
 * its value from those figures alone, and nothing below it is summed for that bucket. So once a location - together
 * with its ancestors inside the scope - has a direct value in every bucket of the series, the figures of everything
 * beneath it cannot change any point. Countries that publish national figures every month thus need only those, not
 * the tens of thousands of district figures below them.
 *
 * <p>The walk asks for the figures of one level of the gazetteer at a time, and only for the locations not yet
 * settled in every bucket. It returns every figure it read, which is all the counting rules need for the same
 * answer: no figure that could matter is left out, and the figures it skips are exactly those that would have been
 * ignored. Not for explanations (they list every figure) nor for running totals (a total counts in every later
 * bucket; they are read whole).
 */
final class DirectReach {

    private final List<Bucket> buckets;
    private final Interval interval;
    private final Set<FigureStatus> counted;

    DirectReach(List<Bucket> buckets, Interval interval, Set<FigureStatus> counted) {
        if (buckets.isEmpty()) {
            throw new IllegalArgumentException("a time series has at least one bucket");
        }
        this.buckets = buckets;
        this.interval = interval;
        this.counted = counted;
    }

    /**
     * @param scope      the series' location
     * @param figuresAt  the flows (or the stocks) of the series at the given locations; each call names locations of
     *                   one level of the tree, never the same location twice
     * @return every figure read, in the order read
     */
    List<CountedFigure> walk(String scope, Gazetteer gazetteer, Function<List<String>, List<CountedFigure>> figuresAt) {
        List<CountedFigure> read = new ArrayList<>();
        Map<String, BitSet> settledAbove = new HashMap<>();
        settledAbove.put(scope, new BitSet(buckets.size()));
        Set<String> visited = new HashSet<>();
        List<String> level = List.of(scope);
        while (!level.isEmpty()) {
            visited.addAll(level);
            List<CountedFigure> figures = figuresAt.apply(level);
            read.addAll(figures);
            Map<String, BitSet> settled = new HashMap<>();
            for (String location : level) {
                settled.put(location, (BitSet) settledAbove.get(location).clone());
            }
            for (CountedFigure figure : figures) {
                int bucket = directBucket(figure);
                BitSet own = settled.get(figure.locationCode());
                if (bucket >= 0 && own != null) {
                    own.set(bucket);
                }
            }
            List<String> next = new ArrayList<>();
            for (String location : level) {
                BitSet own = settled.get(location);
                if (own.cardinality() == buckets.size()) {
                    continue; // a direct value in every bucket: nothing below can count
                }
                for (String child : gazetteer.children(location)) {
                    if (!visited.contains(child) && settledAbove.putIfAbsent(child, own) == null) {
                        next.add(child);
                    }
                }
            }
            level = next;
        }
        return read;
    }

    /**
     * The bucket in which a flow or stock gives its own location a value, or -1 when it gives none: an uncounted
     * status, a flow whose period straddles a bucket boundary (rule 7, docs/counting.md#7-time-series), a date
     * outside the series.
     */
    int directBucket(CountedFigure figure) {
        if (!counted.contains(figure.status()) || figure.kind() == Kind.CUMULATIVE) {
            return -1;
        }
        Period period = Period.of(figure);
        LocalDate first = buckets.get(0).start();
        LocalDate last = buckets.get(buckets.size() - 1).end();
        if (period.start().isBefore(first) || period.end().isAfter(last)) {
            return -1;
        }
        if (!Buckets.startOf(period.start(), interval).equals(Buckets.startOf(period.end(), interval))) {
            return -1;
        }
        return Buckets.indexOf(period.end(), first, interval);
    }
}
