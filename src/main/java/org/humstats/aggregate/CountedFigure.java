package org.humstats.aggregate;

import org.humstats.figure.Breakdown;
import org.humstats.figure.DatePrecision;
import org.humstats.figure.Kind;
import org.humstats.figure.Qualifier;
import org.humstats.figure.FigureStatus;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One sourced figure as the counting rules see it. The caller has already restricted the list to one
 * metric and to the scope's subtree.
 *
 * @param low          stored lower bound, or null; the defaults of rule 6 (docs/counting.md#6-bounds) are applied by
 *                     {@link Estimate#of}
 * @param high         stored upper bound, or null
 * @param periodStart  null for stocks; the origin for cumulative figures
 * @param periodEnd    the as-of date of a stock, the end of a flow or cumulative period
 * @param documentDate publication date of the document, nullable; a tie-breaker only
 * @param breakdown    who the figure counts; figures of different breakdowns never meet in a count
 *                     (docs/counting.md#breakdowns); null: the whole
 * @param originPrecision how precisely a running total's origin is known (rule 7); null: day
 */
record CountedFigure(
        UUID id,
        String locationCode,
        String source,
        int sourcePriority,
        Kind kind,
        long value,
        Long low,
        Long high,
        Qualifier qualifier,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate documentDate,
        FigureStatus status,
        Breakdown breakdown,
        DatePrecision originPrecision) {

    /** A figure of the whole, with a day-precise origin. */
    CountedFigure(UUID id, String locationCode, String source, int sourcePriority, Kind kind, long value, Long low,
                  Long high, Qualifier qualifier, LocalDate periodStart, LocalDate periodEnd, LocalDate documentDate,
                  FigureStatus status) {
        this(id, locationCode, source, sourcePriority, kind, value, low, high, qualifier, periodStart, periodEnd,
                documentDate, status, null, null);
    }

    public CountedFigure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(locationCode, "locationCode");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(periodEnd, "periodEnd");
        if (qualifier == null) {
            qualifier = Qualifier.EXACT;
        }
        if (status == null) {
            status = FigureStatus.REPORTED;
        }
        if (breakdown == null) {
            breakdown = Breakdown.WHOLE;
        }
        if (originPrecision == null) {
            originPrecision = DatePrecision.DAY;
        }
    }

    /** The same figure with another period start: a running total placed on the origin of the series it joins. */
    CountedFigure withPeriodStart(LocalDate start) {
        return new CountedFigure(id, locationCode, source, sourcePriority, kind, value, low, high, qualifier, start,
                periodEnd, documentDate, status, breakdown, originPrecision);
    }
}
