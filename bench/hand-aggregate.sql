-- Hand-written PostgreSQL equivalent of
--   GET /api/v1/aggregates?metric=displaced&location=:country&level=1&from=2015-01-01&to=2015-12-31
-- Same filters and grouping as the service, the counting rules as far as plain SQL goes:
-- rule 1 statuses; rule 2 windows; rule 3 latest stock per (location, source), and for flows (cumulative counted as
-- flows) "no longer or equally long, later overlapping flow of the same source" (close to, not exactly, the greedy
-- choice); rule 4 policy=preferred; rule 5 prefer_direct for each admin1 area (own value, else sum of its admin2).
-- Bounds, coverage and per-source lists are left out: the SQL does less than the service.
-- The kinds are named (kind in (...)) as the service does, so that the (metric, kind, location_code, ...) index of
-- V5 serves the scan: without it PostgreSQL reads every figure of the metric (about 1 s instead of ~0.1 s).
with scope as (
    select code, parent_code, admin_level from location where path like '/' || :'country' || '/%'
), eligible as (
    select f.id, f.location_code, f.source_id, f.kind, f.best_value, f.period_start, f.period_end, f.status, d.published_on
    from figure f left join document d on d.id = f.document_id
    where f.metric = 'displaced' and f.kind in ('stock', 'flow', 'cumulative') and f.location_code in (select code from scope)
      and f.status in ('reported', 'verified')
      and f.period_end between date '2015-01-01' and date '2015-12-31'
      and (f.kind = 'stock' or coalesce(f.period_start, f.period_end) >= date '2015-01-01')
), stocks as (
    select distinct on (location_code, source_id) location_code, source_id, best_value as value,
           status = 'verified' as verified, period_end as latest
    from eligible where kind = 'stock'
    order by location_code, source_id, period_end desc, published_on desc nulls last, id
), flows as (
    select e.* from eligible e
    where e.kind <> 'stock' and not exists (
        select 1 from eligible o
        where o.kind <> 'stock' and o.location_code = e.location_code and o.source_id = e.source_id and o.id <> e.id
          and o.period_start <= e.period_end and e.period_start <= o.period_end
          and ((o.period_end - o.period_start) > (e.period_end - e.period_start)
               or ((o.period_end - o.period_start) = (e.period_end - e.period_start) and (o.period_end, o.id::text) > (e.period_end, e.id::text))))
), per_source as (
    select 'flow' as kind, location_code, source_id, sum(best_value) as value, bool_and(status = 'verified') as verified,
           max(period_end) as latest
    from flows group by location_code, source_id
    union all
    select 'stock', location_code, source_id, value, verified, latest from stocks
), direct as (
    select distinct on (p.kind, p.location_code) p.kind, p.location_code, p.value
    from per_source p join source s on s.id = p.source_id
    order by p.kind, p.location_code, p.verified desc, s.priority desc, p.latest desc, p.source_id
)
select a.code, k.kind,
       coalesce(own.value, (select sum(c.value) from direct c join scope l2 on l2.code = c.location_code
                            where l2.parent_code = a.code and c.kind = k.kind)) as value
from scope a cross join (values ('flow'), ('stock')) k(kind)
left join direct own on own.location_code = a.code and own.kind = k.kind
where a.admin_level = 1
  and coalesce(own.value, (select sum(c.value) from direct c join scope l2 on l2.code = c.location_code
                           where l2.parent_code = a.code and c.kind = k.kind)) is not null
order by a.code, k.kind;
