package org.humstats.aggregate;

import org.humstats.figure.Breakdown;
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
        // Breakdowns (docs/counting.md#breakdowns): only figures of the asked breakdown count; grouped by a breakdown
        // dimension, that one dimension is free and each of its parts is counted on its own.
        Breakdown.Dimension free = query.groupBy().dimension();
        List<CountedFigure> asked = figures.stream().filter(f -> query.breakdown().sameExcept(f.breakdown(), free)).toList();

        List<AggregateRow> rows = new ArrayList<>();
        switch (query.groupBy()) {
            case LOCATION -> rows.addAll(rows(query, asked, window, rowLocations, gazetteer, null, null, query.breakdown()));
            case SOURCE -> partition(asked, CountedFigure::source).forEach((source, part) ->
                    rows.addAll(rows(query, part, window, rowLocations, gazetteer, source, null, query.breakdown())));
            case SOURCE_TYPE -> partition(asked, f -> query.sourceTypes().getOrDefault(f.source(), "unknown"))
                    .forEach((type, part) ->
                            rows.addAll(rows(query, part, window, rowLocations, gazetteer, null, type, query.breakdown())));
            default -> partition(asked, f -> f.breakdown().key()).forEach((key, part) ->
                    rows.addAll(rows(query, part, window, rowLocations, gazetteer, null, null, part.get(0).breakdown())));
        }

        Map<String, Integer> locationOrder = new HashMap<>();
        for (int i = 0; i < rowLocations.size(); i++) {
            locationOrder.put(rowLocations.get(i), i);
        }
        rows.sort(Comparator.<AggregateRow>comparingInt(r -> locationOrder.get(r.locationCode()))
                .thenComparing(r -> r.kind().equals(Kind.FLOW.wire()) ? 0 : 1)
                .thenComparing(r -> r.source() == null ? "" : r.source())
                .thenComparing(r -> r.sourceType() == null ? "" : r.sourceType())
                .thenComparing(r -> r.breakdown() == null ? "" : r.breakdown().toString()));
        List<PartsOnly> partsOnly = query.explain() && free == null
                ? partsOnly(query, figures, window, rowLocations, rows, gazetteer) : null;
        return new AggregateResult(query.metric(), query.from(), query.to(), query.policy(), query.rollup(),
                parts(query.breakdown()), List.copyOf(rows), partsOnly, null);
    }

    /** The parts of a breakdown for an answer: null for the whole, so that the field is left out. */
    static Map<String, String> parts(Breakdown breakdown) {
        return breakdown.isWhole() ? null : breakdown.parts();
    }

    /**
     * For {@code explain=true}: each row location and kind without a value for the asked breakdown where figures of
     * other breakdowns would have counted (their status is counted and they fit the window). The whole is never made
     * from its parts, so such a place has no value, and this says why (docs/counting.md#breakdowns).
     */
    private static List<PartsOnly> partsOnly(AggregateQuery query, List<CountedFigure> figures, Window window,
                                             List<String> rowLocations, List<AggregateRow> rows, Gazetteer gazetteer) {
        Function<CountedFigure, ExclusionReason> gate = gate(query.counted(), window);
        Set<String> answered = new java.util.HashSet<>();
        rows.forEach(r -> answered.add(r.locationCode() + " " + r.kind()));
        List<PartsOnly> notes = new ArrayList<>();
        for (String location : rowLocations) {
            for (Kind kind : RESULT_KINDS) {
                if (answered.contains(location + " " + kind.wire())) {
                    continue;
                }
                Map<String, Map<String, String>> parts = new TreeMap<>();
                List<java.util.UUID> ids = new ArrayList<>();
                for (CountedFigure f : figures) {
                    if (resultKind(f) == kind && !f.breakdown().equals(query.breakdown()) && gate.apply(f) == null
                            && atOrBelow(f.locationCode(), location, gazetteer)) {
                        parts.put(f.breakdown().key(), f.breakdown().parts());
                        ids.add(f.id());
                    }
                }
                if (!parts.isEmpty()) {
                    ids.sort(Comparator.comparing(java.util.UUID::toString));
                    notes.add(new PartsOnly(location, gazetteer.name(location), kind.wire(), List.copyOf(parts.values()),
                            List.copyOf(ids), "No figure counts " + (query.breakdown().isWhole() ? "the whole"
                            : "this breakdown") + " here; there are figures of other breakdowns only. HumStats never adds "
                            + "parts up to a whole nor gives a part as the whole: ask for a part (e.g. "
                            + firstPart(parts.values()) + ") or group_by one of its dimensions."));
                }
            }
        }
        return notes;
    }

    private static String firstPart(java.util.Collection<Map<String, String>> parts) {
        Map<String, String> first = parts.iterator().next();
        return first.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(java.util.stream.Collectors.joining("&"));
    }

    private static boolean atOrBelow(String code, String ancestor, Gazetteer gazetteer) {
        Set<String> seen = new TreeSet<>();
        for (String c = code; c != null && seen.add(c); c = gazetteer.parent(c)) {
            if (c.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    private static List<AggregateRow> rows(AggregateQuery query, List<CountedFigure> figures, Window window,
                                           List<String> rowLocations, Gazetteer gazetteer,
                                           String source, String sourceType, Breakdown breakdown) {
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
                        parts(breakdown),
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
