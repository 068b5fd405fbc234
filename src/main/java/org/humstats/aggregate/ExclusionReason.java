package org.humstats.aggregate;

import org.humstats.figure.FigureStatus;
import com.fasterxml.jackson.annotation.JsonValue;
import org.humstats.common.WireNamed;

/**
 * Every reason why a figure that was handed to the counting rules did not go into a result.
 * This is the one place where the reasons of {@code explain=true} are defined.
 */
public enum ExclusionReason implements WireNamed {
    /**
     * Rule 1 (docs/counting.md#1-counted-statuses): the figure's status is not among the counted statuses (one
     * reason per status).
     */
    STATUS_REPORTED,
    STATUS_VERIFIED,
    STATUS_DISPUTED,
    STATUS_RETRACTED,
    /**
     * Rule 2 (docs/counting.md#2-windows): a flow or cumulative period that does not lie wholly inside the window
     * (or time-series bucket), or a stock whose as-of date is outside it.
     */
    OUTSIDE_WINDOW,
    /**
     * Rule 3 (docs/counting.md#3-same-source): an overlapping flow of the same (location, source) lost against a
     * longer or later one.
     */
    OVERLAPS_CHOSEN_FIGURE,
    /** Rule 3 (docs/counting.md#3-same-source): a stock of the same (location, source) with a later as-of date won. */
    SUPERSEDED_BY_LATER_STOCK,
    /**
     * Rule 5 (docs/counting.md#5-geography), prefer_direct: an enclosing location (at or below the row's
     * location) has its own figures, which were used instead.
     */
    DIRECT_FIGURES_PREFERRED,
    /** Rule 5 (docs/counting.md#5-geography), rollup=direct: the figure belongs to a place below the row's location. */
    ROLLUP_DIRECT_EXCLUDES_CHILDREN,
    /** Rule 5 (docs/counting.md#5-geography), rollup=children: the figure belongs to the row's location itself. */
    ROLLUP_CHILDREN_EXCLUDES_DIRECT,
    /** The gazetteer's children lists do not lead from the row's location to the figure's location (inconsistent gazetteer). */
    NOT_REACHABLE_IN_GAZETTEER;

    @JsonValue
    @Override
    public String wire() {
        return WireNamed.super.wire();
    }

    /** The reason for a figure whose status is not counted. */
    public static ExclusionReason forStatus(FigureStatus status) {
        return switch (status) {
            case REPORTED -> STATUS_REPORTED;
            case VERIFIED -> STATUS_VERIFIED;
            case DISPUTED -> STATUS_DISPUTED;
            case RETRACTED -> STATUS_RETRACTED;
        };
    }
}
