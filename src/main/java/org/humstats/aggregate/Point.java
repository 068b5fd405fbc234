package org.humstats.aggregate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * One bucket of a series. An empty bucket has null value/low/high and source count 0.
 *
 * @param carriedForward true only for a stock bucket filled from an earlier one with {@code fill=previous}
 * @param figures        only with explain, else null
 */
record Point(LocalDate start, LocalDate end, Long value, Long low, Long high, int sourceCount,
                    boolean carriedForward, @JsonInclude(JsonInclude.Include.NON_NULL) Explanation figures) {
}
