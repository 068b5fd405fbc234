package org.humstats.aggregate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code GET /api/v1/timeseries}; from/to echo the request.
 *
 * @param breakdown the asked breakdown's parts ({"sex": "female"}); left out for the whole
 */
record TimeSeriesResult(String metric, String locationCode, Interval interval, LocalDate from, LocalDate to,
                        Policy policy, Fill fill, @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> breakdown,
                        List<Series> series) {
}
