-- The change log behind GET /api/v1/changes.
--
-- Every create, update and retraction of a figure is a row with the figure as it was right after the change.
-- Sequence numbers come from change_clock, whose single row each writing transaction updates as its last step
-- and keeps locked until it commits: a later writer waits, so numbers are handed out in commit order and a
-- reader that asks for "everything after N" can never miss a change committed late with a smaller number.
--
-- Because each row is a full snapshot with its time, "the data as it was on date X" is, per figure, the
-- latest row with changed_at <= X.

create table change_clock (
    id          integer primary key,
    last_seq    bigint  not null,
    changed_at  timestamp with time zone
);
insert into change_clock (id, last_seq, changed_at) values (1, 0, null);

create table figure_change (
    seq         bigint       primary key,
    figure_id   uuid         not null references figure (id),
    change_type varchar(16)  not null,
    changed_at  timestamp with time zone not null,
    key_id      uuid,
    figure_json varchar(200000) not null
);
create index figure_change_figure_idx on figure_change (figure_id, seq);
create index figure_change_time_idx on figure_change (changed_at);
