package org.humstats.aggregate;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What one source says about one location after rule 3 (docs/counting.md#3-same-source): the sum of its chosen
 * figures, plus what {@code policy=preferred} needs to rank it against other sources.
 *
 * @param trust          the weakest status among the figures used (a sum is only as verified as its parts)
 * @param latestEnd      latest period end among the figures used
 * @param latestDocument latest document date among the figures used, or null
 */
record SourceEstimate(String source, Estimate estimate, int trust, int priority,
                      LocalDate latestEnd, LocalDate latestDocument, List<UUID> figureIds) {

    /**
     * The preferred order of rule 4 (docs/counting.md#4-across-sources), best first: verified over reported,
     * higher priority, more recent figure (period end, then document date), then source id.
     */
    static final Comparator<SourceEstimate> PREFERRED_FIRST =
            Comparator.comparingInt(SourceEstimate::trust).reversed()
                    .thenComparing(Comparator.comparingInt(SourceEstimate::priority).reversed())
                    .thenComparing(SourceEstimate::latestEnd, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
                    .thenComparing(SourceEstimate::latestDocument, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
                    .thenComparing(SourceEstimate::source);

    static SourceEstimate of(String source, List<CountedFigure> chosen) {
        Estimate total = null;
        int trust = Integer.MAX_VALUE;
        int priority = Integer.MIN_VALUE;
        LocalDate latestEnd = null;
        LocalDate latestDocument = null;
        for (CountedFigure figure : chosen) {
            Estimate own = Estimate.of(figure);
            total = total == null ? own : total.plus(own);
            trust = Math.min(trust, figure.status().trust());
            priority = Math.max(priority, figure.sourcePriority());
            latestEnd = later(latestEnd, figure.periodEnd());
            latestDocument = later(latestDocument, figure.documentDate());
        }
        Objects.requireNonNull(total, "a source estimate needs at least one figure");
        List<UUID> ids = chosen.stream().map(CountedFigure::id).toList();
        return new SourceEstimate(source, total, trust, priority, latestEnd, latestDocument, ids);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
