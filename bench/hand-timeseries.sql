-- Hand-written PostgreSQL equivalent of
--   GET /api/v1/timeseries?metric=displaced&location=:country&from=2010-01-01&to=2019-12-31&interval=month
-- Rules as far as plain SQL goes, per month: flows whose whole period lies in the month, "no longer overlapping flow
-- of the same source" for rule 3; the latest stock per (location, source) in the month; for each running-total
-- origin, the latest total per (location, source) known at the end of each month; policy=preferred; prefer_direct
-- over three levels (country, admin1, admin2). Bounds, coverage and source lists are left out.
-- The CTEs hide row counts from the planner, which then picks a nested-loop anti-join over ~50,000 flows (minutes);
-- hash joins are what a person tuning this query by hand would ask for.
set enable_nestloop = off;
-- The kinds are named (kind in (...)) as the service does, so that the (metric, kind, location_code, ...) index of
-- V5 serves the scan: without it PostgreSQL reads every figure of the metric (about 1 s instead of ~0.1 s).
with scope as (
    select code, parent_code, admin_level from location where path like '/' || :'country' || '/%'
), months as (
    select m::date as m, (m + interval '1 month' - interval '1 day')::date as m_end
    from generate_series(date '2010-01-01', date '2019-12-01', interval '1 month') m
), base as (
    select f.id, f.location_code, f.source_id, f.kind, f.best_value, f.period_start, f.period_end, f.status,
           d.published_on, date_trunc('month', f.period_end)::date as m
    from figure f left join document d on d.id = f.document_id
    where f.metric = 'displaced' and f.kind in ('stock', 'flow', 'cumulative') and f.location_code in (select code from scope)
      and f.status in ('reported', 'verified')
      and coalesce(f.period_start, f.period_end) <= date '2019-12-31'
      and (f.kind = 'cumulative' or f.period_end >= date '2010-01-01')
), flows as (
    select * from base
    where kind = 'flow' and date_trunc('month', coalesce(period_start, period_end)) = date_trunc('month', period_end)
), kept_flows as (
    select e.* from flows e
    where not exists (
        select 1 from flows o
        where o.location_code = e.location_code and o.source_id = e.source_id and o.m = e.m and o.id <> e.id
          and o.period_start <= e.period_end and e.period_start <= o.period_end
          and ((o.period_end - o.period_start) > (e.period_end - e.period_start)
               or ((o.period_end - o.period_start) = (e.period_end - e.period_start) and (o.period_end, o.id::text) > (e.period_end, e.id::text))))
), per_source as (
    select 'flow' as series, m, location_code, source_id, sum(best_value) as value,
           bool_and(status = 'verified') as verified, max(period_end) as latest
    from kept_flows group by m, location_code, source_id
    union all
    (select distinct on (m, location_code, source_id) 'stock', m, location_code, source_id, best_value,
           status = 'verified', period_end
    from base where kind = 'stock'
    order by m, location_code, source_id, period_end desc, published_on desc nulls last, id)
    union all
    (select distinct on (b.period_start, mo.m, b.location_code, b.source_id) 'cumulative ' || b.period_start, mo.m,
           b.location_code, b.source_id, b.best_value, b.status = 'verified', b.period_end
    from base b join months mo on b.period_end <= mo.m_end
    where b.kind = 'cumulative'
    order by b.period_start, mo.m, b.location_code, b.source_id, b.period_end desc, b.published_on desc nulls last, b.id)
), direct as (
    select distinct on (p.series, p.m, p.location_code) p.series, p.m, p.location_code, p.value
    from per_source p join source s on s.id = p.source_id
    order by p.series, p.m, p.location_code, p.verified desc, s.priority desc, p.latest desc, p.source_id
), child_sums as (
    select d.series, d.m, l.parent_code as code, sum(d.value) as value
    from direct d join scope l on l.code = d.location_code where l.admin_level = 2
    group by d.series, d.m, l.parent_code
), admin1_values as (
    select coalesce(o.series, c.series) as series, coalesce(o.m, c.m) as m, coalesce(o.value, c.value) as value
    from (select * from direct where location_code in (select code from scope where admin_level = 1)) o
    full join child_sums c on c.series = o.series and c.m = o.m and c.code = o.location_code
)
select mo.m, s.series, coalesce(own.value, below.value) as value
from months mo cross join (select distinct series from per_source) s
left join direct own on own.location_code = :'country' and own.series = s.series and own.m = mo.m
left join (select series, m, sum(value) as value from admin1_values group by series, m) below
       on below.series = s.series and below.m = mo.m
order by s.series, mo.m;
