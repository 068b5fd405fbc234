package org.humstats.extract;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.humstats.figure.DatePrecision;
import org.humstats.figure.Kind;
import org.humstats.figure.Qualifier;

/**
 * What an editor may correct when accepting a candidate: the shape of the body, for the API document and for
 * {@link Corrections}, which reads it as a JSON merge patch (a field left out keeps the candidate's value, a field sent as
 * null clears it, any other value replaces it: {"qualifier": "exact", "low": null, "high": null} turns a range into an
 * exact figure). A record cannot tell "left out" from "null", hence the two classes.
 */
@Schema(name = "CandidateCorrections", description = "Corrections to a candidate, applied as a JSON merge patch: left out "
        + "keeps, null clears, a value replaces.")
public record CandidateCorrections(
        @Schema(description = "Metric code", example = "idps") String metric,
        @Schema(description = "stock, flow or cumulative", example = "stock") Kind kind,
        @Schema(description = "Best estimate", example = "12000") Long value,
        @Schema(description = "Lower bound", example = "10000") Long low,
        @Schema(description = "Upper bound", example = "15000") Long high,
        @Schema(description = "exact, approximately, at_least, at_most or range",
                example = "approximately") Qualifier qualifier,
        @Schema(description = "First day or origin", example = "2017-10-01")
        LocalDate periodStart,
        @Schema(description = "Last day or as-of date", example = "2017-11-08")
        LocalDate periodEnd,
        @Schema(description = "day, month, year or approximate", example = "day")
        DatePrecision datePrecision,
        @Schema(description = "Location code", example = "SY0902") String locationCode,
        @Schema(description = "Source id", example = "un-ocha") String source,
        @Schema(description = "Person or office quoted", example = "Linda Tom, OCHA Damascus")
        String attributedTo,
        @Schema(description = "Who is counted", example = "civilians") String subject,
        @Schema(description = "people or households. Figures count people until they gain a "
                + "unit field: a candidate in households is accepted once corrected to people (value included).",
                example = "people") String unit,
        @Schema(description = "The evidence sentence", example = "About 2,400 families (12,000 "
                + "people) were displaced.") String quote,
        @Schema(description = "Editor notes for the figure",
                example = "Converted from 2,400 families at 5 people each, as the report does.") String notes) {
}
