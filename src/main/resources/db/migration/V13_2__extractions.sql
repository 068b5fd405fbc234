-- Report text turned into proposed figures (issue 13): an extraction is one report read once; its candidates are the
-- figures the extractor proposed, each with the sentence that states it, waiting for an editor to accept or reject.
-- Nothing here is counted: an accepted candidate becomes an ordinary figure through the figure service (figure_id).
-- The text is kept so that spans (start/end in the text) can be shown in context; the API caps it at 1 MiB.

create table extraction (
    id              uuid          primary key,
    document_id     uuid          not null references document (id),
    status          varchar(16)   not null,
    report_text     varchar(1048576) not null,
    proposed_count  integer       not null,
    accepted_count  integer       not null,
    rejected_count  integer       not null,
    created_at      timestamp with time zone not null,
    created_by      uuid,
    updated_at      timestamp with time zone not null,
    version         integer       not null default 0
);
-- The review queue: open extractions, oldest first (ids are time-ordered UUIDs).
create index extraction_status_idx on extraction (status, id);

create table extraction_candidate (
    id               uuid          primary key,
    extraction_id    uuid          not null references extraction (id),
    seq              integer       not null,
    review           varchar(16)   not null,
    review_reason    varchar(1000),
    figure_id        uuid,
    reviewed_at      timestamp with time zone,
    reviewed_by      uuid,
    metric           varchar(32)   not null,
    kind             varchar(16)   not null,
    best_value       bigint        not null,
    low_value        bigint,
    high_value       bigint,
    qualifier        varchar(16)   not null,
    period_start     date,
    period_end       date,
    date_precision   varchar(16),
    origin_precision varchar(16),
    location_code    varchar(64),
    location_text    varchar(300),
    source_id        varchar(64),
    source_text      varchar(300),
    attributed_to    varchar(300),
    subject          varchar(100),
    unit             varchar(16)   not null,
    sex              varchar(16),
    age              varchar(16),
    cause            varchar(32),
    quote            varchar(4000) not null,
    span_start       integer       not null,
    span_end         integer       not null,
    confidence       double precision not null
);
create index extraction_candidate_extraction_idx on extraction_candidate (extraction_id, seq);
