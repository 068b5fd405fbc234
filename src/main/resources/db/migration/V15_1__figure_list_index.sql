-- A page of one place's figures in the list's default order (newest period first, id as tie-breaker) read straight off
-- an index that stops after limit + 1 rows, instead of every figure of the place sorted (issue 15). An area's page
-- reads each place inside it this way and merges (figure/FigureReader). The new index starts with location_code, so
-- the index on location_code alone is no longer needed: dropping it keeps imports from paying for one more index.
create index figure_location_keyset_idx on figure (location_code, period_end desc, id desc);
drop index figure_location_idx;
