package org.humstats.aggregate;

/**
 * A value with its bounds; a null bound is unbounded on that side (rule 6, docs/counting.md#6-bounds).
 */
record Estimate(long value, Long low, Long high) {

    /**
     * Rule 6 (docs/counting.md#6-bounds): bounds default to the value; "at least" has no upper bound and "at most" no
     * lower bound.
     */
    static Estimate of(CountedFigure figure) {
        long value = figure.value();
        Long low = figure.low() != null ? figure.low() : Long.valueOf(value);
        Long high = figure.high() != null ? figure.high() : Long.valueOf(value);
        return switch (figure.qualifier()) {
            case AT_LEAST -> new Estimate(value, low, null);
            case AT_MOST -> new Estimate(value, null, high);
            default -> new Estimate(value, low, high);
        };
    }

    /** In a sum, lows and highs add up; one unbounded side makes the sum unbounded on that side. */
    Estimate plus(Estimate other) {
        return new Estimate(
                Math.addExact(value, other.value),
                low == null || other.low == null ? null : Math.addExact(low, other.low),
                high == null || other.high == null ? null : Math.addExact(high, other.high));
    }
}
