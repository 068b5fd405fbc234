package org.humstats.aggregate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code GET /api/v1/aggregates}.
 *
 * @param breakdown the asked breakdown's parts; left out for the whole
 * @param partsOnly with explain: the places that have figures of other breakdowns only, and so no value
 */
record AggregateResult(String metric, LocalDate from, LocalDate to, Policy policy, Rollup rollup,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> breakdown,
                       List<AggregateRow> data,
                       @JsonInclude(JsonInclude.Include.NON_NULL) List<PartsOnly> partsOnly) {
}
