-- A bulk import writes every figure and its change-log row in one transaction; at a million rows the work per row
-- that PostgreSQL does on its own (index upkeep, foreign-key triggers) is what sets the pace (see BENCHMARKS.md).
-- Two pieces of that work protect nothing here:
--
-- 1. figure_change.figure_id -> figure(id). Figures are never deleted (a retraction is a change, not a removal) and
--    each change-log row is written in the transaction that writes its figure, so the check could only ever pass;
--    it cost one index probe and row lock per logged change. The change log is history: it must also be able to
--    outlive a figure should one ever be purged. PostgreSQL names the constraint; H2 gave it a generated name,
--    so there the statement finds nothing and the (harmless, small-scale) check stays.
alter table figure_change drop constraint if exists figure_change_figure_id_fkey;

-- 2. The index on figure(document_id). No query looks figures up by document, and documents are never deleted nor
--    re-keyed, so it only served foreign-key checks that cannot happen; every figure insert paid for it.
drop index figure_document_idx;
