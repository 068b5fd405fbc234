package org.humstats.aggregate;

import org.humstats.figure.Kind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The inclusive date span a figure covers; a stock covers only its as-of date. */
record Period(LocalDate start, LocalDate end) {

    static Period of(CountedFigure figure) {
        // A stock has no start; a flow without one (invalid input) is treated as a one-day period.
        LocalDate start = figure.kind() == Kind.STOCK || figure.periodStart() == null
                ? figure.periodEnd()
                : figure.periodStart();
        return new Period(start, figure.periodEnd());
    }

    /** Length in days, both ends included. */
    long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** Dates are inclusive, so periods that share a single day overlap. */
    boolean overlaps(Period other) {
        return !start.isAfter(other.end) && !other.start.isAfter(end);
    }
}
