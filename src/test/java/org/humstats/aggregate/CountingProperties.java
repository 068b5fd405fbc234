package org.humstats.aggregate;

import org.humstats.figure.Breakdown;
import org.humstats.figure.Kind;
import org.humstats.figure.Qualifier;
import org.humstats.figure.FigureStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the counting rules over random figure sets. */
class CountingProperties {

    private static final LocalDate YEAR_START = LocalDate.parse("2017-01-01");
    private static final LocalDate WINDOW_FROM = LocalDate.parse("2017-02-01");
    private static final LocalDate WINDOW_TO = LocalDate.parse("2017-11-30");
    private static final List<String> LOCATIONS =
            List.of("SY09", "SY0901", "SY0902", "SY0903", "SY090200", "SY090201", "SY01", "SYR");
    private static final List<String> SOURCES = List.of("un-ocha", "sarc", "sohr", "the-new-arab");
    private static final List<Integer> PRIORITIES = List.of(10, 0, 5, 0);

    private final Gazetteer gazetteer = TestGazetteers.syriaAndIraq();

    /** The random part of a figure; ids are assigned by position so a set never repeats one. */
    record Spec(String location, int sourceIndex, Kind kind, long value, int startDay, int length,
                Qualifier qualifier, FigureStatus status) {

        CountedFigure build(int index) {
            LocalDate start = YEAR_START.plusDays(startDay);
            LocalDate end = start.plusDays(length);
            Long low = qualifier == Qualifier.RANGE ? value - value / 4 : null;
            Long high = qualifier == Qualifier.RANGE ? value + value / 3 : null;
            return new CountedFigure(new UUID(7, index), location, SOURCES.get(sourceIndex),
                    PRIORITIES.get(sourceIndex), kind, value, low, high, qualifier,
                    kind == Kind.STOCK ? null : start, end, end.plusDays(index % 5), status);
        }
    }

    @Provide
    Arbitrary<List<CountedFigure>> figureSets() {
        Arbitrary<Spec> spec = Combinators.combine(
                Arbitraries.of(LOCATIONS),
                Arbitraries.integers().between(0, SOURCES.size() - 1),
                Arbitraries.of(Kind.class),
                Arbitraries.longs().between(0, 1_000_000),
                Arbitraries.integers().between(0, 364),
                Arbitraries.integers().between(0, 80),
                Arbitraries.of(Qualifier.class),
                Arbitraries.frequency(
                        Tuple.of(6, FigureStatus.REPORTED),
                        Tuple.of(3, FigureStatus.VERIFIED),
                        Tuple.of(1, FigureStatus.DISPUTED),
                        Tuple.of(1, FigureStatus.RETRACTED)))
                .as(Spec::new);
        return spec.list().ofMaxSize(25).map(specs -> {
            List<CountedFigure> figures = new ArrayList<>();
            for (int i = 0; i < specs.size(); i++) {
                figures.add(specs.get(i).build(i));
            }
            return figures;
        });
    }

    private Map<String, AggregateRow> rowsByKind(AggregateQuery query, List<CountedFigure> figures) {
        Map<String, AggregateRow> byKind = new HashMap<>();
        for (AggregateRow row : CountingRules.aggregate(query, figures, gazetteer).data()) {
            byKind.put(row.kind(), row);
        }
        return byKind;
    }

    private static AggregateQuery window(String location) {
        return AggregateQuery.of("displaced", WINDOW_FROM, WINDOW_TO, location);
    }

    @Property(tries = 300)
    void everyPolicyLiesBetweenMinAndMax(@ForAll("figureSets") List<CountedFigure> figures) {
        for (String location : LOCATIONS) {
            Map<Policy, Map<String, AggregateRow>> byPolicy = new EnumMap<>(Policy.class);
            for (Policy policy : Policy.values()) {
                byPolicy.put(policy, rowsByKind(window(location).withPolicy(policy), figures));
            }
            for (String kind : byPolicy.get(Policy.MIN).keySet()) {
                long min = byPolicy.get(Policy.MIN).get(kind).value();
                long max = byPolicy.get(Policy.MAX).get(kind).value();
                for (Policy policy : List.of(Policy.PREFERRED, Policy.MEDIAN, Policy.MEAN)) {
                    AggregateRow row = byPolicy.get(policy).get(kind);
                    String where = location + " " + kind + " " + policy;
                    assertTrue(min <= row.value() && row.value() <= max,
                            where + ": " + min + " <= " + row.value() + " <= " + max);
                    // Policies choose a value, never the range, the basis or who contributed.
                    assertEquals(byPolicy.get(Policy.MIN).get(kind).low(), row.low(), where);
                    assertEquals(byPolicy.get(Policy.MIN).get(kind).high(), row.high(), where);
                    assertEquals(byPolicy.get(Policy.MIN).get(kind).sourceCount(), row.sourceCount(), where);
                }
            }
            for (Policy policy : Policy.values()) {
                assertEquals(byPolicy.get(Policy.MIN).keySet(), byPolicy.get(policy).keySet());
            }
        }
    }

    @Property(tries = 300)
    void aChildrenValueIsTheSumOfTheChildrensValues(@ForAll("figureSets") List<CountedFigure> figures,
                                                     @ForAll Policy policy) {
        for (String location : List.of("SYR", "SY09", "SY0902")) {
            Map<String, AggregateRow> parent = rowsByKind(window(location).withPolicy(policy)
                    .withRollup(Rollup.CHILDREN), figures);
            for (String kind : List.of("flow", "stock")) {
                long value = 0;
                Long low = 0L;
                Long high = 0L;
                int withData = 0;
                for (String child : gazetteer.children(location)) {
                    AggregateRow row = rowsByKind(window(child).withPolicy(policy), figures).get(kind);
                    if (row == null) {
                        continue;
                    }
                    withData++;
                    value += row.value();
                    low = low == null || row.low() == null ? null : low + row.low();
                    high = high == null || row.high() == null ? null : high + row.high();
                }
                AggregateRow sum = parent.get(kind);
                if (withData == 0) {
                    assertEquals(null, sum, location + " " + kind + " has no child with data");
                    continue;
                }
                assertEquals(value, sum.value(), location + " " + kind);
                assertEquals(low, sum.low(), location + " " + kind + " low");
                assertEquals(high, sum.high(), location + " " + kind + " high");
                assertEquals(new Coverage(withData, gazetteer.children(location).size()), sum.coverage());
                assertEquals("children", sum.basis());
            }
        }
    }

    @Property(tries = 300)
    void everyValueLiesWithinItsOwnBounds(@ForAll("figureSets") List<CountedFigure> figures,
                                          @ForAll Policy policy, @ForAll Rollup rollup) {
        AggregateQuery query = window("SYR").withPolicy(policy).withRollup(rollup).withLevel(2);
        for (AggregateRow row : CountingRules.aggregate(query, figures, gazetteer).data()) {
            assertTrue(row.low() == null || row.low() <= row.value(), row::toString);
            assertTrue(row.high() == null || row.value() <= row.high(), row::toString);
        }
    }

    @Property(tries = 200)
    void theInputOrderDoesNotMatter(@ForAll("figureSets") List<CountedFigure> figures, @ForAll long seed,
                                    @ForAll Policy policy) {
        List<CountedFigure> shuffled = new ArrayList<>(figures);
        Collections.shuffle(shuffled, new Random(seed));
        AggregateQuery query = window("SYR").withPolicy(policy).withExplain(true).withLevel(2);
        assertEquals(CountingRules.aggregate(query, figures, gazetteer),
                CountingRules.aggregate(query, shuffled, gazetteer));
    }

    @Property(tries = 200)
    void everyFigureOfARowIsEitherUsedOrExcludedExactlyOnce(@ForAll("figureSets") List<CountedFigure> figures,
                                                             @ForAll Rollup rollup) {
        AggregateQuery query = window("SY09").withRollup(rollup).withExplain(true);
        for (AggregateRow row : CountingRules.aggregate(query, figures, gazetteer).data()) {
            List<UUID> mentioned = new ArrayList<>(row.figures().used());
            row.figures().excluded().forEach(e -> mentioned.add(e.id()));
            List<UUID> expected = figures.stream()
                    .filter(f -> !f.locationCode().equals("SYR") && !f.locationCode().equals("SY01"))
                    .filter(f -> (f.kind() == Kind.STOCK) == row.kind().equals("stock"))
                    .map(CountedFigure::id).sorted().toList();
            assertEquals(expected, mentioned.stream().sorted().toList());
        }
    }

    @Property(tries = 150)
    void aTimeSeriesBucketHasTheValueOfAnAggregateOverThatBucket(
            @ForAll("figureSets") List<CountedFigure> figures, @ForAll Interval interval, @ForAll Policy policy) {
        List<CountedFigure> noCumulative = figures.stream().filter(f -> f.kind() != Kind.CUMULATIVE).toList();
        TimeSeriesQuery query = TimeSeriesQuery.of("displaced", "SY09", LocalDate.parse("2017-01-01"),
                LocalDate.parse("2017-12-31"), interval == Interval.DAY ? Interval.WEEK : interval).withPolicy(policy);
        for (Series series : CountingRules.timeSeries(query, noCumulative, gazetteer).series()) {
            for (Point point : series.points()) {
                AggregateRow row = rowsByKind(AggregateQuery.of("displaced", point.start(), point.end(), "SY09")
                        .withPolicy(policy), noCumulative).get(series.kind());
                assertEquals(row == null ? null : row.value(), point.value(), series.kind() + " " + point);
                assertEquals(row == null ? 0 : row.sourceCount(), point.sourceCount());
            }
        }
    }

    @Property(tries = 400)
    void readingOnlyWhatPreferDirectCanReachChangesNoPoint(
            @ForAll("figureSets") List<CountedFigure> figures, @ForAll Policy policy, @ForAll Fill fill,
            @ForAll("seriesScopes") String scope, @ForAll("coarseIntervals") Interval interval,
            @ForAll @IntRange(min = 0, max = 200) int fromDay, @ForAll @IntRange(min = 0, max = 250) int days) {
        LocalDate from = YEAR_START.plusDays(fromDay);
        TimeSeriesQuery query = TimeSeriesQuery.of("displaced", scope, from, from.plusDays(days), interval)
                .withPolicy(policy).withFill(fill);
        Set<String> subtree = subtree(scope);
        List<CountedFigure> inScope = figures.stream().filter(f -> subtree.contains(f.locationCode())).toList();
        // What FigureSelection reads without explain: running totals whole, flows and stocks walked top-down.
        DirectReach reach = new DirectReach(Buckets.between(query.from(), query.to(), interval), interval,
                query.counted());
        List<CountedFigure> read = new ArrayList<>(ofKind(inScope, Kind.CUMULATIVE));
        for (Kind kind : List.of(Kind.FLOW, Kind.STOCK)) {
            read.addAll(reach.walk(scope, gazetteer, codes -> ofKind(inScope, kind).stream()
                    .filter(f -> codes.contains(f.locationCode())).toList()));
        }
        assertEquals(CountingRules.timeSeries(query, inScope, gazetteer),
                CountingRules.timeSeries(query, read, gazetteer));
    }

    // ------------------------------------------------------------------------------ breakdowns (docs/counting.md#breakdowns)

    private static final List<Breakdown> PARTS = List.of(
            Breakdown.WHOLE.with(Breakdown.Dimension.SEX, "female"),
            Breakdown.WHOLE.with(Breakdown.Dimension.SEX, "male"),
            Breakdown.WHOLE.with(Breakdown.Dimension.AGE, "0-17"),
            Breakdown.WHOLE.with(Breakdown.Dimension.SEX, "female").with(Breakdown.Dimension.AGE, "0-17"),
            Breakdown.WHOLE.with(Breakdown.Dimension.SUBJECT, "civilians"),
            Breakdown.WHOLE.with(Breakdown.Dimension.UNIT, "households"));

    /** The figures of a set as parts: new ids, each with one of {@link #PARTS}. */
    private static List<CountedFigure> asParts(List<CountedFigure> figures, int shift) {
        List<CountedFigure> parts = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            CountedFigure f = figures.get(i);
            parts.add(new CountedFigure(new UUID(8, i), f.locationCode(), f.source(), f.sourcePriority(), f.kind(),
                    f.value(), f.low(), f.high(), f.qualifier(), f.periodStart(), f.periodEnd(), f.documentDate(),
                    f.status(), PARTS.get((i + shift) % PARTS.size()), null));
        }
        return parts;
    }

    private static List<CountedFigure> both(List<CountedFigure> a, List<CountedFigure> b) {
        List<CountedFigure> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Property(tries = 300)
    void noAnswerHoldsAValueComputedFromFiguresOfTwoBreakdowns(
            @ForAll("figureSets") List<CountedFigure> wholes, @ForAll("figureSets") List<CountedFigure> others,
            @ForAll @IntRange(min = 0, max = 5) int shift, @ForAll Policy policy, @ForAll GroupBy groupBy,
            @ForAll @IntRange(min = -1, max = 5) int asked) {
        List<CountedFigure> figures = both(wholes, asParts(others, shift));
        Map<UUID, Breakdown> breakdownOf = new HashMap<>();
        figures.forEach(f -> breakdownOf.put(f.id(), f.breakdown()));
        Breakdown question = asked < 0 ? Breakdown.WHOLE : PARTS.get(asked);
        for (String location : List.of("SYR", "SY09", "SY0902")) {
            AggregateQuery query = window(location).withPolicy(policy).withGroupBy(groupBy).withBreakdown(question)
                    .withExplain(true).withLevel(location.equals("SYR") ? 2 : null);
            for (AggregateRow row : CountingRules.aggregate(query, figures, gazetteer).data()) {
                Breakdown rowBreakdown = row.breakdown() == null ? Breakdown.WHOLE : breakdownOfParts(row.breakdown());
                Set<Breakdown> used = new HashSet<>();
                row.figures().used().forEach(id -> used.add(breakdownOf.get(id)));
                row.figures().excluded().forEach(e -> used.add(breakdownOf.get(e.id())));
                assertEquals(Set.of(rowBreakdown), used, row::toString);
                Breakdown.Dimension free = groupBy.dimension();
                assertTrue(question.sameExcept(rowBreakdown, free), () -> question + " asked, row " + row);
            }
        }
        TimeSeriesQuery series = TimeSeriesQuery.of("displaced", "SY09", YEAR_START, LocalDate.parse("2017-12-31"),
                Interval.QUARTER).withPolicy(policy).withBreakdown(question).withExplain(true);
        for (Series s : CountingRules.timeSeries(series, figures, gazetteer).series()) {
            for (Point p : s.points()) {
                p.figures().used().forEach(id -> assertEquals(question, breakdownOf.get(id), p::toString));
                p.figures().excluded().forEach(e -> assertEquals(question, breakdownOf.get(e.id()), p::toString));
            }
        }
    }

    private static Breakdown breakdownOfParts(Map<String, String> parts) {
        Breakdown b = Breakdown.WHOLE;
        for (Map.Entry<String, String> e : parts.entrySet()) {
            b = b.with(Breakdown.Dimension.find(e.getKey()), e.getValue());
        }
        return b;
    }

    @Property(tries = 300)
    void addingPartsNeverChangesTheAnswerForTheWhole(
            @ForAll("figureSets") List<CountedFigure> wholes, @ForAll("figureSets") List<CountedFigure> others,
            @ForAll @IntRange(min = 0, max = 5) int shift, @ForAll Policy policy, @ForAll Rollup rollup,
            @ForAll("coarseIntervals") Interval interval, @ForAll Fill fill) {
        List<CountedFigure> withParts = both(wholes, asParts(others, shift));
        for (String location : List.of("SYR", "SY09", "SY0902")) {
            for (GroupBy groupBy : List.of(GroupBy.LOCATION, GroupBy.SOURCE, GroupBy.SOURCE_TYPE)) {
                AggregateQuery query = window(location).withPolicy(policy).withRollup(rollup).withGroupBy(groupBy)
                        .withExplain(true);
                assertEquals(CountingRules.aggregate(query, wholes, gazetteer).data(),
                        CountingRules.aggregate(query, withParts, gazetteer).data(), location + " " + groupBy);
            }
        }
        TimeSeriesQuery series = TimeSeriesQuery.of("displaced", "SY09", YEAR_START, LocalDate.parse("2017-12-31"),
                interval).withPolicy(policy).withFill(fill).withExplain(true);
        assertEquals(CountingRules.timeSeries(series, wholes, gazetteer),
                CountingRules.timeSeries(series, withParts, gazetteer));
    }

    @Property(tries = 300)
    void explainingATimeSeriesChangesNoPoint(
            @ForAll("figureSets") List<CountedFigure> figures, @ForAll Policy policy, @ForAll Fill fill,
            @ForAll("seriesScopes") String scope, @ForAll Interval interval) {
        TimeSeriesQuery query = TimeSeriesQuery.of("displaced", scope, LocalDate.parse("2017-01-01"),
                LocalDate.parse("2017-12-31"), interval == Interval.DAY ? Interval.WEEK : interval)
                .withPolicy(policy).withFill(fill);
        TimeSeriesResult explained = CountingRules.timeSeries(query.withExplain(true), figures, gazetteer);
        List<Series> withoutExplanations = explained.series().stream()
                .map(series -> new Series(series.kind(), series.origin(), series.originPrecision(), series.points().stream()
                        .map(p -> new Point(p.start(), p.end(), p.value(), p.low(), p.high(), p.sourceCount(),
                                p.carriedForward(), null))
                        .toList()))
                .toList();
        assertEquals(CountingRules.timeSeries(query, figures, gazetteer).series(), withoutExplanations);
    }

    @Provide
    Arbitrary<String> seriesScopes() {
        return Arbitraries.of("SYR", "SY09", "SY0902");
    }

    @Provide
    Arbitrary<Interval> coarseIntervals() {
        // Coarse buckets make it likely that a location has a figure of its own in every one of them.
        return Arbitraries.of(Interval.YEAR, Interval.QUARTER, Interval.MONTH);
    }

    private Set<String> subtree(String root) {
        Set<String> found = new HashSet<>();
        List<String> pending = new ArrayList<>(List.of(root));
        while (!pending.isEmpty()) {
            String code = pending.remove(pending.size() - 1);
            if (found.add(code)) {
                pending.addAll(gazetteer.children(code));
            }
        }
        return found;
    }

    private static List<CountedFigure> ofKind(List<CountedFigure> figures, Kind kind) {
        return figures.stream().filter(f -> f.kind() == kind).toList();
    }

    @Property(tries = 1000)
    void bucketsAreContiguousAndCoverTheRange(@ForAll @IntRange(min = 0, max = 20_000) int fromOffset,
                                              @ForAll @IntRange(min = 0, max = 1_500) int length,
                                              @ForAll Interval interval) {
        LocalDate from = LocalDate.parse("1990-01-01").plusDays(fromOffset);
        LocalDate to = from.plusDays(length);
        List<Bucket> buckets = Buckets.between(from, to, interval);

        assertEquals(Buckets.bucketCount(from, to, interval), buckets.size());
        assertTrue(buckets.get(0).contains(from), "first bucket holds from");
        assertTrue(buckets.get(buckets.size() - 1).contains(to), "last bucket holds to");
        for (int i = 0; i < buckets.size(); i++) {
            Bucket bucket = buckets.get(i);
            assertTrue(!bucket.end().isBefore(bucket.start()));
            assertEquals(bucket.start(), Buckets.startOf(bucket.start(), interval), "calendar-aligned start");
            assertEquals(bucket, Buckets.containing(bucket.end(), interval), "the end belongs to the same bucket");
            if (i > 0) {
                assertEquals(buckets.get(i - 1).end().plusDays(1), bucket.start(), "no gap, no overlap");
            }
        }
        if (interval == Interval.WEEK) {
            assertTrue(buckets.stream().allMatch(b -> b.start().getDayOfWeek() == java.time.DayOfWeek.MONDAY));
        }
    }
}
