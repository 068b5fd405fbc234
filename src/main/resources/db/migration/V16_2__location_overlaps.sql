-- Areas that straddle admin units (issue 11): the Euphrates valley border area lies in Syria's Deir-ez-Zor and Iraq's
-- Anbar at once, so it has no parent, yet a question about either should show its figures. Each row says that an area
-- overlaps an admin unit; aggregates list the overlapping areas' figures under `related`, shown and never summed.
create table location_overlap (
    location_code varchar(64) not null references location (code),
    overlaps_code varchar(64) not null references location (code),
    primary key (location_code, overlaps_code)
);
create index location_overlap_target_idx on location_overlap (overlaps_code);
