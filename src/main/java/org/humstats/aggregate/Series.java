package org.humstats.aggregate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.humstats.figure.DatePrecision;

/**
 * One series of a time series.
 *
 * @param kind            "flow", "stock" or "cumulative"
 * @param origin          the common period start of a cumulative series; null for the other kinds
 * @param originPrecision how precisely that origin is known when running totals of a month or year joined the series
 *                        (the origin is then the first day of that month or year); left out for day
 */
record Series(String kind, @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate origin,
              @JsonInclude(JsonInclude.Include.NON_NULL) DatePrecision originPrecision, List<Point> points) {
}
