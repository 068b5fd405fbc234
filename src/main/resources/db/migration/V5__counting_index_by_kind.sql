-- The counting index of V3, with kind moved right behind metric. A time series selects each kind on its own (flows
-- and stocks only for the locations that prefer_direct can still reach, running totals for the whole scope - see
-- FigureSelection), and with kind in the key each of those statements reads only the index entries of its kind
-- instead of every entry of the location. Aggregates, which want all kinds, name them (kind in (...)), which a
-- B-tree answers with one range per kind. Same columns as before, so it stays an index-only scan.
-- (V4 is left to the import work being done alongside.)
drop index figure_counting_idx;
create index figure_counting_idx on figure (metric, kind, location_code, period_end, period_start, status, source_id,
    best_value, low_value, high_value, qualifier, document_id, id);
