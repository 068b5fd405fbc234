package org.humstats.aggregate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Rule 5 (docs/counting.md#5-geography): a location's value is its own (direct) figures when it has any,
 * otherwise the sum of its children's values, recursively.
 * <ul>
 *   <li>{@code prefer_direct}: as above.</li>
 *   <li>{@code direct}: only the location's own figures; no value when it has none.</li>
 *   <li>{@code children}: always the sum of the children, ignoring the location's own figures; each child is
 *       valued with prefer_direct (its natural value), so a national figure can be compared with the sum of the
 *       sub-national ones.</li>
 * </ul>
 * A sum adds values, lows and highs (rule 6, docs/counting.md#6-bounds); coverage counts the children with a
 * value against all children in the gazetteer. Children without data add nothing: the sum is a lower reading, and
 * coverage says so.
 */
final class GeographicRollup {

    private final Gazetteer gazetteer;
    private final Policy policy;
    private final Map<String, List<SourceEstimate>> directBySource;
    private final Set<String> withDataBelow = new HashSet<>();
    private final Map<String, Optional<LocationValue>> preferDirectMemo = new HashMap<>();

    GeographicRollup(Gazetteer gazetteer, Policy policy, Map<String, List<SourceEstimate>> directBySource) {
        this.gazetteer = gazetteer;
        this.policy = policy;
        this.directBySource = directBySource;
        // Locations with figures and all their ancestors: the only branches worth descending into. Without this a
        // country-level sum would walk the whole admin tree for every time-series bucket.
        for (String location : directBySource.keySet()) {
            String code = location;
            while (code != null && withDataBelow.add(code)) {
                code = gazetteer.parent(code);
            }
        }
    }

    Optional<LocationValue> value(String code, Rollup rollup) {
        return switch (rollup) {
            case DIRECT -> direct(code);
            case CHILDREN -> sumOfChildren(code, new HashSet<>());
            case PREFER_DIRECT -> preferDirect(code, new HashSet<>());
        };
    }

    private Optional<LocationValue> preferDirect(String code, Set<String> path) {
        Optional<LocationValue> known = preferDirectMemo.get(code);
        if (known != null) {
            return known;
        }
        Optional<LocationValue> value = direct(code);
        if (value.isEmpty()) {
            value = sumOfChildren(code, path);
        }
        preferDirectMemo.put(code, value);
        return value;
    }

    private Optional<LocationValue> direct(String code) {
        List<SourceEstimate> estimates = directBySource.getOrDefault(code, List.of());
        if (estimates.isEmpty()) {
            return Optional.empty();
        }
        CrossSourcePolicy.Outcome outcome = CrossSourcePolicy.apply(policy, estimates);
        Set<String> sources = new TreeSet<>();
        Set<UUID> used = new LinkedHashSet<>();
        for (SourceEstimate estimate : estimates) {
            sources.add(estimate.source());
            used.addAll(estimate.figureIds());
        }
        return Optional.of(new LocationValue(outcome.estimate(), LocationValue.DIRECT, null, outcome.sources(),
                sources, used, Set.of(code)));
    }

    private Optional<LocationValue> sumOfChildren(String code, Set<String> path) {
        if (!path.add(code)) {
            return Optional.empty(); // a cycle in the gazetteer: refuse to count it twice
        }
        try {
            List<String> children = gazetteer.children(code);
            Estimate total = null;
            int withData = 0;
            Set<String> sources = new TreeSet<>();
            Set<UUID> used = new LinkedHashSet<>();
            Set<String> directLocations = new HashSet<>();
            for (String child : children) {
                if (!withDataBelow.contains(child)) {
                    continue;
                }
                Optional<LocationValue> childValue = preferDirect(child, path);
                if (childValue.isEmpty()) {
                    continue;
                }
                LocationValue v = childValue.get();
                withData++;
                total = total == null ? v.estimate() : total.plus(v.estimate());
                sources.addAll(v.contributingSources());
                used.addAll(v.used());
                directLocations.addAll(v.directLocations());
            }
            if (total == null) {
                return Optional.empty();
            }
            return Optional.of(new LocationValue(total, LocationValue.CHILDREN, new Coverage(withData, children.size()),
                    null, sources, used, directLocations));
        } finally {
            path.remove(code);
        }
    }
}
