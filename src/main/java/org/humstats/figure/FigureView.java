package org.humstats.figure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
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
                         String attributedTo, String subject, String quote, String notes,
                         FigureStatus status, String statusReason,
                         Instant createdAt, Instant updatedAt, int version, UUID createdBy, UUID updatedBy) {

    /** The document a figure was published in. */
    public record Citation(String title, String publisher, String url, LocalDate publishedOn) {
    }
}
