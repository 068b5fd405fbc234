package org.humstats.aggregate;

import java.time.LocalDate;
import java.util.List;

/** The body of {@code GET /api/v1/timeseries}; from/to echo the request. */
record TimeSeriesResult(String metric, String locationCode, Interval interval, LocalDate from, LocalDate to,
                               Policy policy, Fill fill, List<Series> series) {
}
