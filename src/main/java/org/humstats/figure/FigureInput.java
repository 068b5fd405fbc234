package org.humstats.figure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.humstats.document.DocumentInput;

/**
 * A figure as an editor sends it. Presence and consistency rules live in {@link FigureRules}, so that one
 * answer lists every problem of the body at once.
 */
@Schema(name = "FigureInput", description = "One sourced number, as entered from a report.")
public record FigureInput(
        @Schema(description = "UUID; leave out to let the server choose. Sending the same id again is how re-imports stay idempotent.",
                example = "6f1d3a0e-2b8c-4a5e-9f7d-0c1e2a3b4c5d")
        UUID id,
        @Schema(description = "Metric code (see GET /api/v1/metrics)", example = "displaced")
        @Size(max = 32) String metric,
        @Schema(description = "stock (a count at a moment), flow (new during a period) or cumulative (running total since an origin)",
                example = "flow")
        Kind kind,
        @Schema(description = "Best estimate, a whole number ≥ 0", example = "120000")
        Long value,
        @Schema(description = "Lower bound, if the source gave one", example = "100000")
        Long low,
        @Schema(description = "Upper bound, if the source gave one", example = "150000")
        Long high,
        @Schema(description = "exact, approximately, at_least (\"more than\"), at_most (\"up to\"), range; default exact",
                example = "approximately")
        Qualifier qualifier,
        @Schema(description = "flow: first day; cumulative: the origin date; stock: leave empty", example = "2017-10-15")
        LocalDate periodStart,
        @Schema(description = "flow: last day; cumulative and stock: the as-of date", example = "2017-11-08")
        LocalDate periodEnd,
        @Schema(description = "day, month, year or approximate (\"in recent weeks\"); default day", example = "approximate")
        DatePrecision datePrecision,
        @Schema(description = "Location code (ISO3, P-code or area slug)", example = "SY0902")
        @Size(max = 64) String locationCode,
        @Schema(description = "Source id of the body that made the estimate", example = "un-ocha")
        @Size(max = 64) String source,
        @Schema(description = "Id of the document that published it (or embed `document` instead)",
                example = "0b6f3c0e-8d7a-4a51-9c55-1d7e2f0a9b11")
        UUID documentId,
        @Schema(description = "The document, created with the figure (or reused when its id exists with the same content)")
        @Valid DocumentInput document,
        @Schema(description = "Person or office quoted", example = "Linda Tom, OCHA Damascus")
        @Size(max = 300) String attributedTo,
        @Schema(description = "Who is counted, as a slug", example = "civilians")
        @Size(max = 100) String subject,
        @Schema(description = "The sentence of the document that gives the number", example = "An estimated 120,000 people have fled the town in recent weeks.")
        @Size(max = 4000) String quote,
        @Schema(description = "Editor notes", example = "Figure given orally at a briefing.")
        @Size(max = 4000) String notes,
        @Schema(description = "reported (default), verified or disputed. Retract with POST /figures/{id}/retraction.",
                example = "reported")
        FigureStatus status,
        @Schema(description = "Why the figure is disputed", example = "Local council gives a lower number.")
        @Size(max = 1000) String statusReason,
        @Schema(description = "Who is counted by sex: all (default, the whole), female or male", example = "female")
        @Size(max = 16) String sex,
        @Schema(description = "Age band in years: all (default), or a band such as 0-17, 18-59, 60+", example = "0-17")
        @Size(max = 16) String age,
        @Schema(description = "Population group: all (default) or a slug such as idps, refugees, returnees, host_community",
                example = "idps")
        @Size(max = 64) String populationGroup,
        @Schema(description = "Sector (e.g. of people in need): all (default) or a slug such as health, food-security",
                example = "health")
        @Size(max = 64) String sector,
        @Schema(description = "Cause: all (default), conflict, disaster or another slug", example = "conflict")
        @Size(max = 64) String cause,
        @Schema(description = "What is counted: people (default) or households", example = "people")
        @Size(max = 16) String unit,
        @Schema(description = "Cumulative figures: how precisely the origin is known, day (default), month (\"since March 2011\") "
                + "or year. Running totals whose origins agree at the coarser precision form one series.", example = "month")
        DatePrecision originPrecision) {

    /** A figure of the whole (no breakdown), with a day-precise origin. */
    public FigureInput(UUID id, String metric, Kind kind, Long value, Long low, Long high, Qualifier qualifier,
                       LocalDate periodStart, LocalDate periodEnd, DatePrecision datePrecision, String locationCode,
                       String source, UUID documentId, DocumentInput document, String attributedTo, String subject,
                       String quote, String notes, FigureStatus status, String statusReason) {
        this(id, metric, kind, value, low, high, qualifier, periodStart, periodEnd, datePrecision, locationCode, source,
                documentId, document, attributedTo, subject, quote, notes, status, statusReason, null, null, null, null,
                null, null, null);
    }
}
