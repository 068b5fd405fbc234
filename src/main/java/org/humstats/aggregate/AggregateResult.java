package org.humstats.aggregate;

import java.time.LocalDate;
import java.util.List;

/** The body of {@code GET /api/v1/aggregates}. */
record AggregateResult(String metric, LocalDate from, LocalDate to, Policy policy, Rollup rollup,
                              List<AggregateRow> data) {
}
