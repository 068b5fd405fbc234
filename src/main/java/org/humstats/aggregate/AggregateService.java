package org.humstats.aggregate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.humstats.common.ProblemException;
import org.humstats.location.Location;
import org.humstats.metric.Metric;
import org.humstats.source.Source;

/**
 * The database side of aggregates and time series: it selects the figures and the part of the gazetteer a
 * question can touch, and hands them to {@link CountingRules}, which applies the counting rules.
 *
 * <p>Without {@code explain=true} only figures that can still count are selected (see {@link FigureSelection}):
 * the database drops what the rules would drop anyway, so a country-wide question at 1M figures moves tens of
 * thousands of rows instead of every figure the window touches. With {@code explain=true} every figure that
 * touches the window is selected, because each excluded one must be listed with its reason.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class AggregateService {

    @Inject
    EntityManager em;

    @Inject
    FigureSelection figures;

    public AggregateResult aggregate(AggregateQuery q) {
        requireMetric(q.metric());
        Location scope = scope(q.location());
        List<Source> sources = Source.listAll();
        Map<String, String> types = sources.stream().collect(Collectors.toMap(s -> s.id, s -> s.type.wire()));
        AggregateQuery withTypes = new AggregateQuery(q.metric(), q.from(), q.to(), q.location(), q.level(), q.groupBy(),
                q.policy(), q.rollup(), q.explain(), q.counted(), types, q.breakdown());
        Gazetteer gazetteer = gazetteer(scope);
        AggregateResult result = CountingRules.aggregate(withTypes,
                figures.forAggregate(withTypes, scope, gazetteer, priorities(sources)), gazetteer);
        return scope == null ? result : result.withRelated(related(q, scope));
    }

    /** The most related figures an answer lists. */
    static final int MAX_RELATED = 100;

    /**
     * Figures of the metric, of a counted status and touching the window, located at an area that overlaps the scope or
     * a place inside it without lying inside the scope itself (location_overlap, V16_2). Every breakdown is listed,
     * each named: they are shown for what they are, never counted.
     */
    @SuppressWarnings("unchecked")
    private List<Related> related(AggregateQuery q, Location scope) {
        StringBuilder sql = new StringBuilder("select cast(f.id as varchar(36)), f.location_code, a.name, f.best_value, f.kind, f.source_id, "
                + "f.period_start, f.period_end, f.breakdown_key from figure f join location a on a.code = f.location_code "
                + "where f.metric = :metric and f.status in (:statuses) and a.path not like :path and f.location_code in "
                + "(select o.location_code from location_overlap o join location l on l.code = o.overlaps_code "
                + "where l.path like :path)");
        if (q.from() != null) {
            sql.append(" and f.period_end >= :from");
        }
        if (q.to() != null) {
            sql.append(" and coalesce(f.period_start, f.period_end) <= :to");
        }
        sql.append(" order by f.location_code, f.period_end, f.id");
        var query = em.createNativeQuery(sql.toString())
                .setParameter("metric", q.metric()).setParameter("path", scope.path + "%")
                .setParameter("statuses", q.counted().stream().map(s -> s.wire()).sorted().toList())
                .setMaxResults(MAX_RELATED);
        if (q.from() != null) {
            query.setParameter("from", q.from());
        }
        if (q.to() != null) {
            query.setParameter("to", q.to());
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Related(uuid(r[0]), (String) r[1], (String) r[2], ((Number) r[3]).longValue(),
                (String) r[4], (String) r[5], date(r[6]), date(r[7]),
                Aggregation.parts(org.humstats.figure.Breakdown.ofKey((String) r[8])))).toList();
    }

    private static java.util.UUID uuid(Object o) {
        return o instanceof java.util.UUID u ? u : java.util.UUID.fromString(o.toString());
    }

    private static java.time.LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof java.time.LocalDate d) {
            return d;
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return java.time.LocalDate.parse(o.toString().substring(0, 10));
    }

    public TimeSeriesResult timeSeries(TimeSeriesQuery q) {
        requireMetric(q.metric());
        Location scope = scope(q.location());
        if (scope == null) {
            throw ProblemException.invalidParameter("location", "is required for a time series");
        }
        if (q.source() != null && Source.findById(q.source()) == null) {
            throw ProblemException.invalidParameter("source", "unknown source '" + q.source() + "'; see GET /api/v1/sources");
        }
        Gazetteer gazetteer = gazetteer(scope);
        return CountingRules.timeSeries(q, figures.forTimeSeries(q, scope, gazetteer, priorities(Source.listAll())),
                gazetteer);
    }

    private static Map<String, Integer> priorities(List<Source> sources) {
        return sources.stream().collect(Collectors.toMap(s -> s.id, s -> s.priority));
    }

    private static void requireMetric(String metric) {
        if (Metric.findById(metric) == null) {
            throw ProblemException.invalidParameter("metric", "unknown metric '" + metric + "'; see GET /api/v1/metrics");
        }
    }

    private static Location scope(String code) {
        if (code == null) {
            return null;
        }
        Location l = Location.findById(code);
        if (l == null) {
            throw ProblemException.invalidParameter("location", "unknown location '" + code
                    + "'; find codes with GET /api/v1/locations?q=name");
        }
        return l;
    }

    /** The scope and everything beneath it (all locations for a world-wide question). */
    private Gazetteer gazetteer(Location scope) {
        var query = em.createQuery("select l.code, l.name, l.parentCode, l.adminLevel from Location l"
                + (scope == null ? "" : " where l.path like :path") + " order by l.code", Object[].class);
        if (scope != null) {
            query.setParameter("path", scope.path + "%");
        }
        List<MapGazetteer.Entry> entries = query.getResultList().stream()
                .map(r -> new MapGazetteer.Entry((String) r[0], (String) r[1],
                        scope != null && r[0].equals(scope.code) ? null : (String) r[2], (Integer) r[3]))
                .toList();
        return new MapGazetteer(entries);
    }
}
