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
        return CountingRules.aggregate(withTypes, figures.forAggregate(withTypes, scope, gazetteer, priorities(sources)),
                gazetteer);
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
