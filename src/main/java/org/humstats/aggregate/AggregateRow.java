package org.humstats.aggregate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One row of an aggregate: one (location, kind), or one (location, kind, source | source type) when grouped. Parts that
 * only some rows have are left out rather than sent as null; value, low and high stay, because null there means "no
 * data" or "unbounded".
 *
 * @param kind        "flow" (cumulative figures count as flows) or "stock"
 * @param breakdown   the parts of who is counted ({"sex": "female"}); left out for the whole
 * @param source      the source id for {@code group_by=source}, else null
 * @param sourceType  the source type for {@code group_by=source_type}, else null
 * @param sourceCount distinct sources that contributed anywhere in the value
 * @param basis       "direct" or "children"
 * @param coverage    only for basis "children"; null for direct rows
 * @param sources     each source's own value, only for basis "direct"; null for children rows
 * @param figures     only with explain, else null
 */
record AggregateRow(
        String locationCode,
        String locationName,
        String kind,
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> breakdown,
        @JsonInclude(JsonInclude.Include.NON_NULL) String source,
        @JsonInclude(JsonInclude.Include.NON_NULL) String sourceType,
        Long value,
        Long low,
        Long high,
        int sourceCount,
        String basis,
        @JsonInclude(JsonInclude.Include.NON_NULL) Coverage coverage,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<SourceValue> sources,
        @JsonInclude(JsonInclude.Include.NON_NULL) Explanation figures) {
}
