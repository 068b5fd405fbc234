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
                           FigureStatus status, String statusReason, String sex, String age, String populationGroup,
                           String sector, String cause, String unit, DatePrecision originPrecision) {

    /** The breakdown parts are folded as {@link Breakdown} folds them; the origin precision defaults to day. */
    public FigureFields {
        Breakdown b = new Breakdown(subject, sex, age, populationGroup, sector, cause, unit);
        subject = b.subject();
        sex = b.sex();
        age = b.age();
        populationGroup = b.populationGroup();
        sector = b.sector();
        cause = b.cause();
        unit = b.unit();
        originPrecision = originPrecision == null ? DatePrecision.DAY : originPrecision;
    }

    /** Who the figure counts. */
    public Breakdown breakdown() {
        return new Breakdown(subject, sex, age, populationGroup, sector, cause, unit);
    }

    /** The input's fields with the defaults applied, citing {@code documentId} (the input's own or the one it embeds). */
    public static FigureFields of(FigureInput in, UUID documentId) {
        return new FigureFields(in.metric(), in.kind(), in.value(), in.low(), in.high(),
                in.qualifier() == null ? Qualifier.EXACT : in.qualifier(), in.periodStart(), in.periodEnd(),
                in.datePrecision() == null ? DatePrecision.DAY : in.datePrecision(), in.locationCode(), in.source(),
                documentId, in.attributedTo(), in.subject(), in.quote(), in.notes(),
                in.status() == null ? FigureStatus.REPORTED : in.status(), in.statusReason(), in.sex(), in.age(),
                in.populationGroup(), in.sector(), in.cause(), in.unit(), in.originPrecision());
    }

    static FigureFields of(Figure f) {
        return new FigureFields(f.metric, f.kind, f.value, f.low, f.high, f.qualifier, f.periodStart, f.periodEnd,
                f.datePrecision, f.locationCode, f.source, f.documentId, f.attributedTo, f.subject, f.quote, f.notes,
                f.status, f.statusReason, f.sex, f.age, f.populationGroup, f.sector, f.cause, f.unit, f.originPrecision);
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
        f.sex = sex;
        f.age = age;
        f.populationGroup = populationGroup;
        f.sector = sector;
        f.cause = cause;
        f.unit = unit;
        f.breakdownKey = breakdown().key();
        f.originPrecision = originPrecision;
    }

    public FigureFields withDocument(UUID document) {
        return new FigureFields(metric, kind, value, low, high, qualifier, periodStart, periodEnd, datePrecision,
                locationCode, source, document, attributedTo, subject, quote, notes, status, statusReason, sex, age,
                populationGroup, sector, cause, unit, originPrecision);
    }

    /**
     * What a row without an id is matched on: metric, kind, location, period, source and breakdown. Two live figures with
     * the same key would be the same quantity counted twice; a figure of women beside the total is another quantity.
     */
    public String naturalKey() {
        return metric + '\u001f' + kind.wire() + '\u001f' + locationCode + '\u001f' + periodStart + '\u001f' + periodEnd
                + '\u001f' + source + '\u001f' + breakdown().key();
    }
}
