package org.humstats.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * One counting pass over figures of one kind class (flows, stocks, or one cumulative series) for one window:
 * the gate (status and window, rules 1-2), then rule 3 per (location, source), then rules 4-5 on demand per
 * location. It remembers why each figure was dropped so any result can be explained (rule 8). Rule numbers are those
 * of docs/counting.md.
 */
final class Tally {

    private static final Comparator<UUID> BY_TEXT = Comparator.comparing(UUID::toString);

    private final Gazetteer gazetteer;
    private final List<CountedFigure> figures;
    /** Figures by location, and for each location every figure location at or below it (only for explanations). */
    private Map<String, List<CountedFigure>> byLocation;
    private Map<String, List<String>> locationsUnder;
    private final Map<UUID, ExclusionReason> excluded = new HashMap<>();
    private final GeographicRollup rollup;

    /**
     * @param figures every figure that concerns this pass, including those the gate will turn away (so they can be
     *                explained)
     * @param gate    the reason a figure may not be counted at all, or null when it may
     * @param stocks  whether rule 3 (docs/counting.md#3-same-source) applies its stock form (latest wins) or its
     *                flow form (no overlaps)
     */
    Tally(List<CountedFigure> figures, Function<CountedFigure, ExclusionReason> gate, boolean stocks,
          Policy policy, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.figures = figures;
        // Hash maps: no result depends on the order of locations or sources (policies sort the sources, sums do not
        // care, explanations are sorted by id), and a time series builds one tally per bucket.
        Map<String, Map<String, List<CountedFigure>>> eligible = new HashMap<>();
        for (CountedFigure figure : figures) {
            ExclusionReason reason = gate.apply(figure);
            if (reason != null) {
                excluded.put(figure.id(), reason);
            } else {
                eligible.computeIfAbsent(figure.locationCode(), k -> new HashMap<>())
                        .computeIfAbsent(figure.source(), k -> new ArrayList<>())
                        .add(figure);
            }
        }
        Map<String, List<SourceEstimate>> direct = new HashMap<>();
        eligible.forEach((location, bySource) -> bySource.forEach((source, sameSource) -> {
            SameSourceRule.Selection selection = SameSourceRule.select(sameSource, stocks);
            excluded.putAll(selection.dropped());
            direct.computeIfAbsent(location, k -> new ArrayList<>()).add(SourceEstimate.of(source, selection.chosen()));
        }));
        this.rollup = new GeographicRollup(gazetteer, policy, direct);
    }

    Optional<LocationValue> value(String code, Rollup mode) {
        return rollup.value(code, mode);
    }

    /**
     * The figures located at or below {@code code}, split into used and excluded with a reason.
     *
     * @param value the value computed for {@code code}, or null when it has none
     */
    Explanation explain(String code, Rollup mode, LocationValue value) {
        Set<UUID> usedIds = value == null ? Set.of() : value.used();
        Set<String> directLocations = value == null ? Set.of() : value.directLocations();
        List<UUID> used = new ArrayList<>();
        List<Excluded> dropped = new ArrayList<>();
        for (CountedFigure figure : figuresAtOrBelow(code)) {
            if (usedIds.contains(figure.id())) {
                used.add(figure.id());
                continue;
            }
            ExclusionReason reason = excluded.get(figure.id());
            if (reason == null) {
                reason = geographicReason(figure.locationCode(), code, mode, directLocations);
            }
            dropped.add(new Excluded(figure.id(), reason));
        }
        used.sort(BY_TEXT);
        dropped.sort(Comparator.comparing(Excluded::id, BY_TEXT));
        return new Explanation(List.copyOf(used), List.copyOf(dropped));
    }

    /** Why a countable figure at {@code location} did not reach the value of {@code code}. */
    private ExclusionReason geographicReason(String location, String code, Rollup mode, Set<String> directLocations) {
        if (location.equals(code)) {
            return mode == Rollup.CHILDREN
                    ? ExclusionReason.ROLLUP_CHILDREN_EXCLUDES_DIRECT
                    : ExclusionReason.NOT_REACHABLE_IN_GAZETTEER;
        }
        if (mode == Rollup.DIRECT) {
            return ExclusionReason.ROLLUP_DIRECT_EXCLUDES_CHILDREN;
        }
        for (String ancestor : ancestors(location)) {
            if (directLocations.contains(ancestor)) {
                return ExclusionReason.DIRECT_FIGURES_PREFERRED;
            }
            if (ancestor.equals(code)) {
                break;
            }
        }
        return ExclusionReason.NOT_REACHABLE_IN_GAZETTEER;
    }

    private List<CountedFigure> figuresAtOrBelow(String code) {
        if (locationsUnder == null) {
            byLocation = new TreeMap<>();
            for (CountedFigure figure : figures) {
                byLocation.computeIfAbsent(figure.locationCode(), k -> new ArrayList<>()).add(figure);
            }
            locationsUnder = new HashMap<>();
            for (String location : byLocation.keySet()) {
                locationsUnder.computeIfAbsent(location, k -> new ArrayList<>()).add(location);
                for (String ancestor : ancestors(location)) {
                    locationsUnder.computeIfAbsent(ancestor, k -> new ArrayList<>()).add(location);
                }
            }
        }
        List<CountedFigure> found = new ArrayList<>();
        for (String location : locationsUnder.getOrDefault(code, List.of())) {
            found.addAll(byLocation.get(location));
        }
        return found;
    }

    /** Parent, grandparent, ... of a location; stops at the top or at a cycle. */
    private List<String> ancestors(String location) {
        List<String> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(location);
        String parent = gazetteer.parent(location);
        while (parent != null && seen.add(parent)) {
            chain.add(parent);
            parent = gazetteer.parent(parent);
        }
        return chain;
    }
}
