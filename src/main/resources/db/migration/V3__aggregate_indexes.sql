-- Aggregates and time series read every figure of one metric in a scope's subtree (one probe per location of the
-- subtree) and need about a dozen columns of each. Keying an index on all of them lets PostgreSQL answer with an
-- index-only scan instead of fetching rows scattered over the whole table: at 1M figures, a country-wide monthly time
-- series over ten years dropped from a parallel sequential scan (~550 ms) to ~70 ms (see BENCHMARKS.md).
-- Plain key columns rather than INCLUDE, so the same statement runs on H2. It also serves the "later stock of the same
-- (location, source)" probe: metric, location_code and period_end lead.
create index figure_counting_idx on figure (metric, location_code, period_end, period_start, kind, status, source_id,
    best_value, low_value, high_value, qualifier, document_id, id);
-- Its first two columns make the older (metric, location_code, period_end) index redundant.
drop index figure_metric_location_idx;
