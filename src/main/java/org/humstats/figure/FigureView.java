package org.humstats.figure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.humstats.document.Citation;
import org.humstats.source.SourceType;

/**
 * A figure on the wire with what a reader needs to cite it: who said it (source), where (document) and
 * the place's name, next to the codes.
 */
public record FigureView(UUID id, String metric, Kind kind, long value, Long low, Long high, Qualifier qualifier,
                         LocalDate periodStart, LocalDate periodEnd, DatePrecision datePrecision,
                         String locationCode, String locationName, String countryCode,
                         String source, String sourceName, SourceType sourceType,
                         UUID documentId, Citation document,
                         String attributedTo, String subject, String sex, String age, String populationGroup,
                         String sector, String cause, String unit, DatePrecision originPrecision,
                         String quote, String notes,
                         FigureStatus status, String statusReason,
                         Instant createdAt, Instant updatedAt, int version, UUID createdBy, UUID updatedBy) {

    /** The names a view shows beside the codes of a figure; null where the code names nothing known. */
    public record Names(String locationName, String countryCode, String sourceName, SourceType sourceType,
                        Citation document) {
    }

    /** What the server keeps about a figure's life. */
    public record Stamps(Instant createdAt, Instant updatedAt, int version, UUID createdBy, UUID updatedBy) {
    }

    /** The one way a view is made, for the API and the bulk import alike. */
    public static FigureView of(UUID id, FigureFields f, Names names, Stamps stamps) {
        return new FigureView(id, f.metric(), f.kind(), f.value(), f.low(), f.high(), f.qualifier(), f.periodStart(),
                f.periodEnd(), f.datePrecision(), f.locationCode(), names.locationName(), names.countryCode(), f.source(),
                names.sourceName(), names.sourceType(), f.documentId(), names.document(), f.attributedTo(), f.subject(),
                f.sex(), f.age(), f.populationGroup(), f.sector(), f.cause(), f.unit(), f.originPrecision(), f.quote(), f.notes(), f.status(), f.statusReason(), stamps.createdAt(), stamps.updatedAt(),
                stamps.version(), stamps.createdBy(), stamps.updatedBy());
    }
}
