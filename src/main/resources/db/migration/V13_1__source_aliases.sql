-- Other names of a source, as locations have (location_name): the long-hand names and acronyms reports use for it
-- ("the United Nations' humanitarian affairs coordination office", "UN OCHA", "the US-led coalition"), so that the
-- report extractor can tell which stored source a sentence attributes a figure to, and GET /sources?q= finds it by them.
-- `folded` is the name lower-cased, accents removed, punctuation as single spaces (location.NameFolding).
create table source_alias (
    source_id varchar(64)  not null references source (id),
    alias     varchar(200) not null,
    folded    varchar(200) not null,
    primary key (source_id, alias)
);
create index source_alias_folded_idx on source_alias (folded);
