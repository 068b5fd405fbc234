-- Numbered after V15_1 (not 11, the issue it came with): V15_1 drops figure_location_idx, which H2 may no longer
-- drop once an ALTER TABLE ... ADD COLUMN has rebuilt the table and bound the location foreign key to it.
-- Who a figure counts (issue 11, docs/counting.md#breakdowns): sex, age band, population group, sector, cause and unit
-- beside the existing subject. Each defaults to the value that means "the whole", so every figure stored before keeps
-- meaning what it meant. Figures of different breakdowns are different quantities and never meet in a count.
alter table figure add column sex varchar(8) default 'all' not null;
alter table figure add column age varchar(16) default 'all' not null;
alter table figure add column population_group varchar(64) default 'all' not null;
alter table figure add column sector varchar(64) default 'all' not null;
alter table figure add column cause varchar(64) default 'all' not null;
alter table figure add column unit varchar(16) default 'people' not null;
-- The whole breakdown in one string ('' for the whole, 'sex=female|age=0-17', the subject last: '|subject=civilians'),
-- written by the application (org.humstats.figure.Breakdown#key) so that the counting index can seek to one breakdown.
alter table figure add column breakdown_key varchar(500) default '' not null;
-- How precisely a running total's origin is known: "since March 2011" is month (docs/counting.md#7-time-series).
alter table figure add column origin_precision varchar(8) default 'day' not null;

update figure set subject = null where subject is not null and trim(subject) = '';
update figure set subject = trim(subject) where subject is not null and subject <> trim(subject);
update figure set breakdown_key = 'subject=' || subject where subject is not null;

-- The counting index of V5 with the breakdown right behind the kind: an aggregate or series of one breakdown (the
-- whole, by default) seeks to (metric, kind, breakdown_key, location) and still reads nothing but the index. The origin
-- precision is carried at the end so that running totals stay an index-only read.
drop index figure_counting_idx;
create index figure_counting_idx on figure (metric, kind, breakdown_key, location_code, period_end, period_start, status,
    source_id, best_value, low_value, high_value, qualifier, document_id, id, origin_precision);
