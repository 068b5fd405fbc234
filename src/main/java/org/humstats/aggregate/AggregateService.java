package org.humstats.aggregate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.humstats.common.Filter;
import org.humstats.common.ProblemException;
import org.humstats.figure.FigureStatus;
import org.humstats.location.Location;
import org.humstats.metric.Metric;
import org.humstats.source.Source;

/**
 * The database side of aggregates and time series: it selects the figures and the part of the gazetteer a
 * question can touch, and hands them to {@link CountingRules}, which applies the counting rules.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AggregateService {

    @Inject
    EntityManager em;

    public AggregateResult aggregate(AggregateQuery q) {
        requireMetric(q.metric());
        Location scope = scope(q.location());
        Filter f = figuresOf(q.metric(), scope);
        // Only figures whose period touches the window can count or be worth explaining.
        f.and("f.periodEnd >= :from", "from", q.from());
        f.and("coalesce(f.periodStart, f.periodEnd) <= :to", "to", q.to());
        Map<String, String> types = Source.<Source>listAll().stream()
                .collect(Collectors.toMap(s -> s.id, s -> s.type.wire()));
        AggregateQuery withTypes = new AggregateQuery(q.metric(), q.from(), q.to(), q.location(), q.level(), q.groupBy(),
                q.policy(), q.rollup(), q.explain(), q.counted(), types);
        return CountingRules.aggregate(withTypes, figures(f), gazetteer(scope));
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
        Filter f = figuresOf(q.metric(), scope);
        f.and("f.source = :source", "source", q.source());
        // Running totals published before `from` still give the total known in the first buckets.
        f.and("coalesce(f.periodStart, f.periodEnd) <= :to", "to", q.to());
        f.and("(f.kind = :cumulative or f.periodEnd >= :from)");
        f.param("cumulative", org.humstats.figure.Kind.CUMULATIVE).param("from", q.from());
        return CountingRules.timeSeries(q, figures(f), gazetteer(scope));
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

    private static Filter figuresOf(String metric, Location scope) {
        Filter f = new Filter().and("f.metric = :metric", "metric", metric);
        if (scope != null) {
            f.and("f.locationCode in (select l.code from Location l where l.path like :path)", "path", scope.path + "%");
        }
        return f;
    }

    private List<CountedFigure> figures(Filter f) {
        var query = em.createQuery("select f.id, f.locationCode, f.source, s.priority, f.kind, f.value, f.low, f.high, "
                + "f.qualifier, f.periodStart, f.periodEnd, d.publishedOn, f.status "
                + "from Figure f join Source s on s.id = f.source left join Document d on d.id = f.documentId "
                + "where " + f.where(), Object[].class);
        f.params().forEach(query::setParameter);
        return query.getResultList().stream().map(AggregateService::counted).toList();
    }

    private static CountedFigure counted(Object[] r) {
        return new CountedFigure((UUID) r[0], (String) r[1], (String) r[2], (Integer) r[3],
                Kind.fromWire(((org.humstats.figure.Kind) r[4]).wire()), (Long) r[5], (Long) r[6], (Long) r[7],
                Qualifier.fromWire(((org.humstats.figure.Qualifier) r[8]).wire()), (LocalDate) r[9], (LocalDate) r[10],
                (LocalDate) r[11], Status.fromWire(((FigureStatus) r[12]).wire()));
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
