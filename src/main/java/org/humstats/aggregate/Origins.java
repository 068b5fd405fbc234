package org.humstats.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.humstats.figure.DatePrecision;

/**
 * Which running totals form one series (rule 7, docs/counting.md#7-time-series). "Since March 2011" (origin
 * 2011-03-01, precision month) and "since 15 March 2011" (precision day) are the same running total told at different
 * precisions: two origins meet when they agree at the coarser of their precisions. Origins that meet, directly or
 * through others, form one series, whose origin is the earliest of them cut to the coarsest precision among them.
 * Two day-precise origins meet only when they are the same day.
 */
final class Origins {

    /** One series: its origin, how precisely it is known, and the (origin, precision) pairs it holds. */
    record Origin(LocalDate start, DatePrecision precision, java.util.Set<Key> members) {

        boolean holds(CountedFigure f) {
            return members.contains(Key.of(f));
        }
    }

    /** A running total's origin as stored: its date and precision. */
    record Key(LocalDate date, DatePrecision precision) {
        static Key of(CountedFigure f) {
            return new Key(Period.of(f).start(), coarse(f.originPrecision()));
        }
    }

    private Origins() {
    }

    /** The series of the given running totals, by origin. */
    static List<Origin> of(List<CountedFigure> totals) {
        List<Key> keys = totals.stream().map(Key::of).distinct()
                .sorted(Comparator.comparing(Key::date).thenComparing(Key::precision)).toList();
        int[] parent = new int[keys.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                if (meet(keys.get(i), keys.get(j))) {
                    parent[find(parent, j)] = find(parent, i);
                }
            }
        }
        Map<Integer, List<Key>> groups = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(keys.get(i));
        }
        List<Origin> origins = new ArrayList<>();
        for (List<Key> group : groups.values()) {
            DatePrecision coarsest = group.stream().map(Key::precision).max(Comparator.comparingInt(Origins::rank)).orElseThrow();
            LocalDate earliest = group.stream().map(Key::date).min(Comparator.naturalOrder()).orElseThrow();
            origins.add(new Origin(cut(earliest, coarsest), coarsest, java.util.Set.copyOf(group)));
        }
        origins.sort(Comparator.comparing(Origin::start).thenComparing(o -> rank(o.precision())));
        return origins;
    }

    static boolean meet(Key a, Key b) {
        DatePrecision p = rank(a.precision()) >= rank(b.precision()) ? a.precision() : b.precision();
        return cut(a.date(), p).equals(cut(b.date(), p));
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Day, month or year; an approximate precision is not accepted on origins and is read as day. */
    private static DatePrecision coarse(DatePrecision p) {
        return p == DatePrecision.MONTH || p == DatePrecision.YEAR ? p : DatePrecision.DAY;
    }

    private static int rank(DatePrecision p) {
        return switch (p) {
            case YEAR -> 2;
            case MONTH -> 1;
            default -> 0;
        };
    }

    private static LocalDate cut(LocalDate date, DatePrecision p) {
        return switch (p) {
            case YEAR -> date.withDayOfYear(1);
            case MONTH -> date.withDayOfMonth(1);
            default -> date;
        };
    }
}
