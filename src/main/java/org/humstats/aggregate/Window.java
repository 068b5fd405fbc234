package org.humstats.aggregate;

import java.time.LocalDate;

/** A closed date window; a null end is unbounded on that side. */
record Window(LocalDate from, LocalDate to) {

    static final Window UNBOUNDED = new Window(null, null);

    boolean contains(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /**
     * Rule 2 (docs/counting.md#2-windows): a flow (and a cumulative figure, counted as a flow over its period) counts
     * only when its whole period is inside; a stock counts when its as-of date is inside.
     */
    boolean admits(CountedFigure figure) {
        Period period = Period.of(figure);
        return contains(period.start()) && contains(period.end());
    }
}
