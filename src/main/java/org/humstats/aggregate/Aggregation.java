package org.humstats.aggregate;

import org.humstats.figure.Kind;
import org.humstats.figure.FigureStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/** The aggregate computation behind {@link CountingRules#aggregate}. */
final class Aggregation {

    /**
     * Rule 2 (docs/counting.md#2-windows): cumulative figures count as flows in an aggregate; flows and stocks
     * are never added together.
     */
    private static final List<Kind> RESULT_KINDS = List.of(Kind.FLOW, Kind.STOCK);

    private Aggregation() {
    }

    static AggregateResult run(AggregateQuery query, List<CountedFigure> figures, Gazetteer gazetteer) {
        if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
            throw new IllegalArgumentException("'to' (" + query.to() + ") is before 'from' (" + query.from() + ")");
        }
        Window window = new Window(query.from(), query.to());
        List<String> rowLocations = rowLocations(query.location(), query.level(), figures, gazetteer);

        List<AggregateRow> rows = new ArrayList<>();
        switch (query.groupBy()) {
            case LOCATION -> rows.addAll(rows(query, figures, window, rowLocations, gazetteer, null, null));
            case SOURCE -> partition(figures, CountedFigure::source).forEach((source, part) ->
                    rows.addAll(rows(query, part, window, rowLocations, gazetteer, source, null)));
            case SOURCE_TYPE -> partition(figures, f -> query.sourceTypes().getOrDefault(f.source(), "unknown"))
                    .forEach((type, part) ->
                            rows.addAll(rows(query, part, window, rowLocations, gazetteer, null, type)));
        }

        Map<String, Integer> locationOrder = new HashMap<>();
        for (int i = 0; i < rowLocations.size(); i++) {
            locationOrder.put(rowLocations.get(i), i);
        }
        rows.sort(Comparator.<AggregateRow>comparingInt(r -> locationOrder.get(r.locationCode()))
                .thenComparing(r -> r.kind().equals(Kind.FLOW.wire()) ? 0 : 1)
                .thenComparing(r -> r.source() == null ? "" : r.source())
                .thenComparing(r -> r.sourceType() == null ? "" : r.sourceType()));
        return new AggregateResult(query.metric(), query.from(), query.to(), query.policy(), query.rollup(),
                List.copyOf(rows));
    }

    private static List<AggregateRow> rows(AggregateQuery query, List<CountedFigure> figures, Window window,
                                           List<String> rowLocations, Gazetteer gazetteer,
                                           String source, String sourceType) {
        List<AggregateRow> rows = new ArrayList<>();
        for (Kind kind : RESULT_KINDS) {
            List<CountedFigure> ofKind = figures.stream().filter(f -> resultKind(f) == kind).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            Tally tally = new Tally(ofKind, gate(query.counted(), window), kind == Kind.STOCK,
                    query.policy(), gazetteer);
            for (String location : rowLocations) {
                tally.value(location, query.rollup()).ifPresent(value -> rows.add(new AggregateRow(
                        location,
                        gazetteer.name(location),
                        kind.wire(),
                        source,
                        sourceType,
                        value.estimate().value(),
                        value.estimate().low(),
                        value.estimate().high(),
                        value.sourceCount(),
                        value.basis(),
                        value.coverage(),
                        value.sources(),
                        query.explain() ? tally.explain(location, query.rollup(), value) : null)));
            }
        }
        return rows;
    }

    static Kind resultKind(CountedFigure figure) {
        return figure.kind() == Kind.STOCK ? Kind.STOCK : Kind.FLOW;
    }

    /**
     * Rules 1 and 2 (docs/counting.md#1-counted-statuses, #2-windows), in that order: an uncounted status is
     * reported even when the figure is also out of window.
     */
    static Function<CountedFigure, ExclusionReason> gate(Set<FigureStatus> counted, Window window) {
        return figure -> {
            if (!counted.contains(figure.status())) {
                return ExclusionReason.forStatus(figure.status());
            }
            return window.admits(figure) ? null : ExclusionReason.OUTSIDE_WINDOW;
        };
    }

    private static Map<String, List<CountedFigure>> partition(List<CountedFigure> figures,
                                                              Function<CountedFigure, String> key) {
        Map<String, List<CountedFigure>> parts = new TreeMap<>();
        for (CountedFigure figure : figures) {
            parts.computeIfAbsent(key.apply(figure), k -> new ArrayList<>()).add(figure);
        }
        return parts;
    }

    /**
     * The locations that get rows: the scope (or each world root) when no level is asked for; otherwise every
     * location of that admin level found below them in the gazetteer, sorted by code. Rows without data are
     * dropped later.
     */
    static List<String> rowLocations(String scope, Integer level, List<CountedFigure> figures, Gazetteer gazetteer) {
        List<String> roots = scope != null ? List.of(scope) : worldRoots(figures, gazetteer);
        if (level == null) {
            return roots;
        }
        Set<String> atLevel = new TreeSet<>();
        for (String root : roots) {
            collectAtLevel(root, level, gazetteer, atLevel, new TreeSet<>());
        }
        return List.copyOf(atLevel);
    }

    private static void collectAtLevel(String code, int level, Gazetteer gazetteer, Set<String> found,
                                       Set<String> visited) {
        if (!visited.add(code)) {
            return;
        }
        Integer own = gazetteer.adminLevel(code);
        if (own != null && own == level) {
            found.add(code);
            return;
        }
        if (own != null && own > level) {
            return; // admin levels only grow downwards; nothing of the asked level lies below
        }
        for (String child : gazetteer.children(code)) {
            collectAtLevel(child, level, gazetteer, found, visited);
        }
    }

    /**
     * Without a scope, each figure's location is followed up the gazetteer to its top-level ancestor (usually its
     * country); those ancestors, sorted, are the roots. A location unknown to the gazetteer is its own root.
     */
    static List<String> worldRoots(List<CountedFigure> figures, Gazetteer gazetteer) {
        Set<String> roots = new TreeSet<>();
        Map<String, String> rootOf = new HashMap<>();
        for (CountedFigure figure : figures) {
            roots.add(rootOf.computeIfAbsent(figure.locationCode(), code -> topOf(code, gazetteer)));
        }
        return List.copyOf(roots);
    }

    private static String topOf(String code, Gazetteer gazetteer) {
        Set<String> seen = new TreeSet<>();
        String top = code;
        seen.add(top);
        String parent = gazetteer.parent(top);
        while (parent != null && seen.add(parent)) {
            top = parent;
            parent = gazetteer.parent(top);
        }
        return top;
    }
}
