package org.humstats.aggregate;

import org.humstats.figure.Breakdown;
import org.humstats.figure.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Drops each stock and running total that a later one of the same (location, source, kind, origin) in the same
 * time-series bucket supersedes, before the figures reach {@link CountingRules}. Rule 3
 * (docs/counting.md#3-same-source) keeps only the latest there, so nothing dropped here could change a point: ties
 * are kept (the rule breaks them by document date and id), flows are left alone (they add up when they do not
 * overlap), and a running total superseded at the end of its own bucket stays superseded in every later bucket.
 *
 * <p>Only for answers without an explanation, which need not list what was dropped (see {@link FigureSelection}).
 * Done in Java rather than SQL because a correlated "later in the same bucket" probe has no portable upper bound and
 * cost more than it saved (1.7 s against a few milliseconds for this pass over the rows).
 */
final class LatestPerBucket {

    /** What one latest figure is kept for; the origin only for running totals. */
    private record Slot(String location, String source, Kind kind, LocalDate origin, Object originPrecision,
                        Breakdown breakdown, LocalDate bucket) {

        static Slot of(CountedFigure f, Interval interval) {
            boolean total = f.kind() == Kind.CUMULATIVE;
            return new Slot(f.locationCode(), f.source(), f.kind(), total ? Period.of(f).start() : null,
                    total ? f.originPrecision() : null, f.breakdown(), Buckets.startOf(f.periodEnd(), interval));
        }
    }

    private LatestPerBucket() {
    }

    /** The figures that can still count in a series by {@code interval}, in their original order. */
    static List<CountedFigure> of(List<CountedFigure> figures, Interval interval) {
        Slot[] slots = new Slot[figures.size()];
        Map<Slot, LocalDate> latest = new HashMap<>();
        for (int i = 0; i < slots.length; i++) {
            CountedFigure f = figures.get(i);
            if (f.kind() != Kind.FLOW) {
                slots[i] = Slot.of(f, interval);
                latest.merge(slots[i], f.periodEnd(), (x, y) -> x.isAfter(y) ? x : y);
            }
        }
        List<CountedFigure> kept = new ArrayList<>(figures.size());
        for (int i = 0; i < slots.length; i++) {
            CountedFigure f = figures.get(i);
            if (slots[i] == null || f.periodEnd().equals(latest.get(slots[i]))) {
                kept.add(f);
            }
        }
        return kept;
    }
}
