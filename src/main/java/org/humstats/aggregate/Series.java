package org.humstats.aggregate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * One series of a time series.
 *
 * @param kind   "flow", "stock" or "cumulative"
 * @param origin the common period start of a cumulative series; null for the other kinds
 */
record Series(String kind, @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate origin, List<Point> points) {
}
