package org.humstats.aggregate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A figure of an area that overlaps the question's scope without lying inside it (the Euphrates valley border area,
 * which straddles Syria and Iraq): shown beside the answer, never counted in it, because nobody can say which share of
 * it belongs to the scope.
 *
 * @param breakdown the parts of who the figure counts; left out for the whole
 */
record Related(UUID id, String locationCode, String locationName, long value, String kind, String source,
               @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate periodStart, LocalDate periodEnd,
               @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> breakdown) {
}
