-- HumStats core schema. Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL 15.
-- Column names avoid reserved words of either database (H2 2.x reserves VALUE).

create table metric (
    code        varchar(32)  primary key,
    name        varchar(100) not null,
    description varchar(1000) not null,
    unit        varchar(20)  not null,
    hxl         varchar(100) not null,
    sort_order  integer      not null
);

create table source (
    id         varchar(64)   primary key,
    name       varchar(200)  not null,
    acronym    varchar(40),
    type       varchar(30)   not null,
    url        varchar(2000),
    priority   integer       not null default 0,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version    integer       not null default 0
);

create table document (
    id           uuid          primary key,
    title        varchar(500)  not null,
    publisher    varchar(64)   references source (id),
    url          varchar(2000),
    published_on date,
    retrieved_at timestamp with time zone,
    language     varchar(16),
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    version      integer       not null default 0
);
create index document_publisher_idx on document (publisher);

create table location (
    code         varchar(64)  primary key,
    name         varchar(200) not null,
    type         varchar(20)  not null,
    admin_level  integer,
    parent_code  varchar(64)  references location (code),
    country_code varchar(3),
    lat          double precision,
    lon          double precision,
    valid_from   date,
    -- Materialised path '/SYR/SY09/SY0902/': descendants are a prefix match, no recursion needed.
    path         varchar(700) not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    version      integer      not null default 0
);
create index location_parent_idx on location (parent_code);
create index location_country_idx on location (country_code, admin_level);
create index location_path_idx on location (path);

-- Every searchable name of a location: its name and each alias, with a folded
-- form (lower case, accents removed) for case- and accent-insensitive search.
create table location_name (
    location_code varchar(64)  not null references location (code),
    name          varchar(200) not null,
    folded        varchar(200) not null,
    is_alias      boolean      not null,
    primary key (location_code, name)
);
create index location_name_folded_idx on location_name (folded);

create table api_key (
    id         uuid         primary key,
    name       varchar(200) not null,
    role       varchar(20)  not null,
    key_hash   varchar(64)  not null unique,
    key_prefix varchar(16)  not null,
    created_at timestamp with time zone not null,
    created_by uuid,
    revoked_at timestamp with time zone
);

create table figure (
    id             uuid         primary key,
    metric         varchar(32)  not null references metric (code),
    kind           varchar(16)  not null,
    best_value     bigint       not null,
    low_value      bigint,
    high_value     bigint,
    qualifier      varchar(16)  not null,
    period_start   date,
    period_end     date         not null,
    date_precision varchar(16)  not null,
    location_code  varchar(64)  not null references location (code),
    source_id      varchar(64)  not null references source (id),
    document_id    uuid         references document (id),
    attributed_to  varchar(300),
    subject        varchar(100),
    quote          varchar(4000),
    notes          varchar(4000),
    status         varchar(16)  not null,
    status_reason  varchar(1000),
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    version        integer      not null default 0,
    created_by     uuid,
    updated_by     uuid
);
create index figure_metric_location_idx on figure (metric, location_code, period_end);
create index figure_location_idx on figure (location_code);
create index figure_source_idx on figure (source_id);
create index figure_document_idx on figure (document_id);
create index figure_updated_idx on figure (updated_at, id);
create index figure_period_end_idx on figure (period_end, id);

insert into metric (code, name, description, unit, hxl, sort_order) values
('displaced', 'People displaced', 'People forced to leave their homes, inside or across borders, when the source does not say which.', 'people', '#affected+displaced', 1),
('idps', 'Internally displaced people', 'People displaced who remain inside their own country.', 'people', '#affected+idps', 2),
('refugees', 'Refugees', 'People who have fled across an international border (registered or estimated).', 'people', '#affected+refugees', 3),
('returnees', 'Returnees', 'Displaced people who have gone back to their place of origin.', 'people', '#affected+returnees', 4),
('killed', 'People killed', 'Deaths attributed to the conflict or disaster, civilians and combatants unless the subject says otherwise.', 'people', '#affected+killed', 5),
('injured', 'People injured', 'People injured by the conflict or disaster.', 'people', '#affected+injured', 6),
('fighters', 'Armed fighters', 'Estimated members of an armed group (see the figure''s subject). HXL has no core tag for this; HumStats uses #population+fighters.', 'people', '#population+fighters', 7),
('in_need', 'People in need', 'People who need humanitarian assistance (as in a Humanitarian Needs Overview).', 'people', '#inneed', 8);
