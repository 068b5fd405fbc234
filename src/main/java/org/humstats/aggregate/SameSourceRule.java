package org.humstats.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Rule 3 (docs/counting.md#3-same-source): within one (location, source) a number must not be counted twice.
 * <ul>
 *   <li>Flows (and cumulative figures counted as flows) are taken greedily, longest period first, then latest
 *       period end, then latest document date; a figure overlapping one already taken is dropped. Figures that do not
 *       overlap add up (October plus November). A later running total from the same origin is longer, so it
 *       replaces the earlier ones.</li>
 *   <li>Stocks: the latest as-of date wins (then the latest document); the others are superseded.</li>
 * </ul>
 * The figure id is the last tie-breaker so that the outcome never depends on input order.
 */
final class SameSourceRule {

    record Selection(List<CountedFigure> chosen, Map<UUID, ExclusionReason> dropped) {
    }

    private static final Comparator<LocalDate> LATEST_FIRST_NULLS_LAST =
            Comparator.nullsLast(Comparator.<LocalDate>reverseOrder());

    private static final Comparator<CountedFigure> FLOW_ORDER =
            Comparator.<CountedFigure>comparingLong(f -> -Period.of(f).days())
                    .thenComparing(CountedFigure::periodEnd, LATEST_FIRST_NULLS_LAST)
                    .thenComparing(CountedFigure::documentDate, LATEST_FIRST_NULLS_LAST)
                    .thenComparing(CountedFigure::id);

    private static final Comparator<CountedFigure> STOCK_ORDER =
            Comparator.comparing(CountedFigure::periodEnd, LATEST_FIRST_NULLS_LAST)
                    .thenComparing(CountedFigure::documentDate, LATEST_FIRST_NULLS_LAST)
                    .thenComparing(CountedFigure::id);

    private SameSourceRule() {
    }

    /** @param figures eligible figures of one location and one source, all of one kind class */
    static Selection select(List<CountedFigure> figures, boolean stocks) {
        if (figures.size() == 1) {
            return new Selection(List.copyOf(figures), Map.of()); // the usual case: nothing to choose between
        }
        return stocks ? latestStock(figures) : nonOverlappingFlows(figures);
    }

    private static Selection nonOverlappingFlows(List<CountedFigure> figures) {
        List<CountedFigure> ordered = new ArrayList<>(figures);
        ordered.sort(FLOW_ORDER);
        List<CountedFigure> chosen = new ArrayList<>();
        Map<UUID, ExclusionReason> dropped = new LinkedHashMap<>();
        for (CountedFigure candidate : ordered) {
            Period period = Period.of(candidate);
            boolean overlaps = false;
            for (CountedFigure taken : chosen) {
                overlaps |= Period.of(taken).overlaps(period);
            }
            if (overlaps) {
                dropped.put(candidate.id(), ExclusionReason.OVERLAPS_CHOSEN_FIGURE);
            } else {
                chosen.add(candidate);
            }
        }
        return new Selection(chosen, dropped);
    }

    private static Selection latestStock(List<CountedFigure> figures) {
        List<CountedFigure> ordered = new ArrayList<>(figures);
        ordered.sort(STOCK_ORDER);
        Map<UUID, ExclusionReason> dropped = new LinkedHashMap<>();
        for (CountedFigure older : ordered.subList(1, ordered.size())) {
            dropped.put(older.id(), ExclusionReason.SUPERSEDED_BY_LATER_STOCK);
        }
        return new Selection(List.of(ordered.get(0)), dropped);
    }
}
