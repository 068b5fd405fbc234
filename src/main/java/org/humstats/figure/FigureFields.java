package org.humstats.figure;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a figure says: the fields a client sets, with the defaults applied (qualifier exact, date precision day, status
 * reported). Two figures with equal fields are the same figure, so sending one again changes nothing.
 */
public record FigureFields(String metric, Kind kind, long value, Long low, Long high, Qualifier qualifier,
                           LocalDate periodStart, LocalDate periodEnd, DatePrecision datePrecision, String locationCode,
                           String source, UUID documentId, String attributedTo, String subject, String quote, String notes,
                           FigureStatus status, String statusReason) {

    /** The input's fields with the defaults applied, citing {@code documentId} (the input's own or the one it embeds). */
    public static FigureFields of(FigureInput in, UUID documentId) {
        return new FigureFields(in.metric(), in.kind(), in.value(), in.low(), in.high(),
                in.qualifier() == null ? Qualifier.EXACT : in.qualifier(), in.periodStart(), in.periodEnd(),
                in.datePrecision() == null ? DatePrecision.DAY : in.datePrecision(), in.locationCode(), in.source(),
                documentId, in.attributedTo(), in.subject(), in.quote(), in.notes(),
                in.status() == null ? FigureStatus.REPORTED : in.status(), in.statusReason());
    }

    static FigureFields of(Figure f) {
        return new FigureFields(f.metric, f.kind, f.value, f.low, f.high, f.qualifier, f.periodStart, f.periodEnd,
                f.datePrecision, f.locationCode, f.source, f.documentId, f.attributedTo, f.subject, f.quote, f.notes,
                f.status, f.statusReason);
    }

    void copyTo(Figure f) {
        f.metric = metric;
        f.kind = kind;
        f.value = value;
        f.low = low;
        f.high = high;
        f.qualifier = qualifier;
        f.periodStart = periodStart;
        f.periodEnd = periodEnd;
        f.datePrecision = datePrecision;
        f.locationCode = locationCode;
        f.source = source;
        f.documentId = documentId;
        f.attributedTo = attributedTo;
        f.subject = subject;
        f.quote = quote;
        f.notes = notes;
        f.status = status;
        f.statusReason = statusReason;
    }

    public FigureFields withDocument(UUID document) {
        return new FigureFields(metric, kind, value, low, high, qualifier, periodStart, periodEnd, datePrecision,
                locationCode, source, document, attributedTo, subject, quote, notes, status, statusReason);
    }

    /**
     * What a row without an id is matched on: metric, kind, location, period and source. Two live figures with the same
     * key would be the same quantity counted twice.
     */
    public String naturalKey() {
        return metric + '\u001f' + kind.wire() + '\u001f' + locationCode + '\u001f' + periodStart + '\u001f' + periodEnd
                + '\u001f' + source;
    }
}
