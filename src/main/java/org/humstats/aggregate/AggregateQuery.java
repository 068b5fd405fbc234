package org.humstats.aggregate;

import org.humstats.figure.Breakdown;
import org.humstats.figure.FigureStatus;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Parameters of an aggregate. Nulls take the defaults of docs/counting.md: group by location, policy preferred,
 * rollup prefer_direct, counted statuses reported + verified.
 *
 * @param from        window start, null = unbounded
 * @param to          window end, null = unbounded
 * @param location    scope; null = the world, whose roots are the top-level gazetteer ancestors of the figures'
 *                    locations (in practice: one row per country that has data)
 * @param level       admin level of the rows; null = one row for the scope itself (or each world root)
 * @param sourceTypes source id to source type, used by {@code group_by=source_type}; a source missing from it is
 *                    grouped under "unknown"
 * @param breakdown   who is counted (docs/counting.md#breakdowns); null: the whole. Only figures of exactly this
 *                    breakdown count; grouped by a breakdown dimension, that dimension is free and each part is a row
 */
record AggregateQuery(
        String metric,
        LocalDate from,
        LocalDate to,
        String location,
        Integer level,
        GroupBy groupBy,
        Policy policy,
        Rollup rollup,
        boolean explain,
        Set<FigureStatus> counted,
        Map<String, String> sourceTypes,
        Breakdown breakdown) {

    public AggregateQuery {
        groupBy = groupBy == null ? GroupBy.LOCATION : groupBy;
        policy = policy == null ? Policy.PREFERRED : policy;
        rollup = rollup == null ? Rollup.PREFER_DIRECT : rollup;
        counted = counted == null ? FigureStatus.COUNTED_BY_DEFAULT : Set.copyOf(counted);
        sourceTypes = sourceTypes == null ? Map.of() : Map.copyOf(sourceTypes);
        breakdown = breakdown == null ? Breakdown.WHOLE : breakdown;
    }

    /** A query with every optional parameter at its default. */
    public static AggregateQuery of(String metric, LocalDate from, LocalDate to, String location) {
        return new AggregateQuery(metric, from, to, location, null, null, null, null, false, null, null, null);
    }

    public AggregateQuery withPolicy(Policy p) {
        return new AggregateQuery(metric, from, to, location, level, groupBy, p, rollup, explain, counted, sourceTypes, breakdown);
    }

    public AggregateQuery withRollup(Rollup r) {
        return new AggregateQuery(metric, from, to, location, level, groupBy, policy, r, explain, counted, sourceTypes, breakdown);
    }

    public AggregateQuery withLevel(Integer l) {
        return new AggregateQuery(metric, from, to, location, l, groupBy, policy, rollup, explain, counted, sourceTypes, breakdown);
    }

    public AggregateQuery withGroupBy(GroupBy g) {
        return new AggregateQuery(metric, from, to, location, level, g, policy, rollup, explain, counted, sourceTypes, breakdown);
    }

    public AggregateQuery withExplain(boolean e) {
        return new AggregateQuery(metric, from, to, location, level, groupBy, policy, rollup, e, counted, sourceTypes, breakdown);
    }

    public AggregateQuery withCounted(FigureStatus first, FigureStatus... rest) {
        return new AggregateQuery(metric, from, to, location, level, groupBy, policy, rollup, explain,
                EnumSet.of(first, rest), sourceTypes, breakdown);
    }

    public AggregateQuery withSourceTypes(Map<String, String> types) {
        return new AggregateQuery(metric, from, to, location, level, groupBy, policy, rollup, explain, counted, types, breakdown);
    }

    public AggregateQuery withBreakdown(Breakdown b) {
        return new AggregateQuery(metric, from, to, location, level, groupBy, policy, rollup, explain, counted, sourceTypes, b);
    }
}
