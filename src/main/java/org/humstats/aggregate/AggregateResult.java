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
 * @param related   figures of areas that overlap the scope without lying inside it: shown, never summed
 */
record AggregateResult(String metric, LocalDate from, LocalDate to, Policy policy, Rollup rollup,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> breakdown,
                       List<AggregateRow> data,
                       @JsonInclude(JsonInclude.Include.NON_NULL) List<PartsOnly> partsOnly,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Related> related) {

    AggregateResult withRelated(List<Related> figures) {
        return new AggregateResult(metric, from, to, policy, rollup, breakdown, data, partsOnly, figures);
    }
}
