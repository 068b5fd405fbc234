package org.humstats.extract;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.humstats.figure.DatePrecision;
import org.humstats.figure.Kind;
import org.humstats.figure.Qualifier;

/**
 * A proposed figure on the wire: the figure's fields as the extractor read them, the breakdown the text gives, the words
 * that named the place and the source, the sentence that states it and where it is in the text, and the review.
 */
@Schema(name = "Candidate", description = "A figure the extractor proposes, with the sentence that states it.")
public record CandidateView(
        @Schema(description = "Candidate id (absent in a dry run)", example = "01938c2e-7d4a-7b1c-9e2f-3a4b5c6d7e8f") UUID id,
        @Schema(description = "proposed, accepted or rejected", example = "proposed") Review review,
        @Schema(description = "Why it was rejected", example = "The number is the town's population, not people displaced.")
        String reviewReason,
        @Schema(description = "The figure created when it was accepted", example = "01938c2f-0a1b-7c2d-8e3f-4a5b6c7d8e9f")
        UUID figureId,
        @Schema(description = "Metric code", example = "displaced") String metric,
        @Schema(description = "stock, flow or cumulative", example = "flow") Kind kind,
        @Schema(description = "Best estimate (the middle of a range)", example = "120000") long value,
        @Schema(description = "Lower bound of a range", example = "100000") Long low,
        @Schema(description = "Upper bound of a range", example = "150000") Long high,
        @Schema(description = "exact, approximately, at_least, at_most or range", example = "approximately") Qualifier qualifier,
        @Schema(description = "flow: first day; cumulative: the origin", example = "2017-10-11") LocalDate periodStart,
        @Schema(description = "flow: last day; stock and cumulative: the as-of date", example = "2017-11-08") LocalDate periodEnd,
        @Schema(description = "day, month, year or approximate", example = "approximate") DatePrecision datePrecision,
        @Schema(description = "For a running total: how exactly its origin was given (\"since March 2011\": month)",
                example = "month") DatePrecision originPrecision,
        @Schema(description = "The stored location the text names, if any", example = "SY0902") String locationCode,
        @Schema(description = "The words that named the place, also when no stored location matched", example = "Albu Kamal")
        String locationText,
        @Schema(description = "The stored source the sentence attributes the figure to; the document's publisher when it "
                + "attributes it to no one", example = "un-ocha") String source,
        @Schema(description = "The words that named the source, also when no stored source matched",
                example = "United Nations' humanitarian affairs coordination office") String sourceText,
        @Schema(description = "The person or office quoted", example = "Linda Tom, OCHA Damascus") String attributedTo,
        @Schema(description = "Who is counted (civilians, children, islamic-state...)", example = "civilians") String subject,
        @Schema(description = "people or households (\"2,400 families\")", example = "people") String unit,
        @Schema(description = "female or male, when only women or men are counted", example = "female") String sex,
        @Schema(description = "Age band, 0-17 for children", example = "0-17") String age,
        @Schema(description = "conflict or disaster, when the sentence says", example = "conflict") String cause,
        @Schema(description = "The sentence that states the figure",
                example = "In recent weeks, an estimated 120,000 people have been displaced from Albu Kamal alone, said Linda Tom.")
        String quote,
        @Schema(description = "Where the quote is in the text: text[start, end)") Span span,
        @Schema(description = "0-1: how sure the extractor is that the text states this figure as given", example = "0.9")
        double confidence) {

    /** Character offsets in the extraction's text; the end is exclusive. */
    public record Span(@Schema(example = "1204") int start, @Schema(example = "1391") int end) {
    }

    static CandidateView of(Candidate c) {
        return new CandidateView(c.id, c.review, c.reviewReason, c.figureId, c.metric, c.kind, c.value, c.low, c.high,
                c.qualifier, c.periodStart, c.periodEnd, c.datePrecision, c.originPrecision, c.locationCode, c.locationText,
                c.source, c.sourceText, c.attributedTo, c.subject, c.unit, c.sex, c.age, c.cause, c.quote,
                new Span(c.spanStart, c.spanEnd), c.confidence);
    }

    static CandidateView proposed(ProposedFigure f) {
        return new CandidateView(null, Review.PROPOSED, null, null, f.metric(), f.kind(), f.value(), f.low(), f.high(),
                f.qualifier(), f.periodStart(), f.periodEnd(), f.datePrecision(), f.originPrecision(), f.locationCode(),
                f.locationText(), f.source(), f.sourceText(), f.attributedTo(), f.subject(), f.unit(), f.sex(), f.age(),
                f.cause(), f.quote(), new Span(f.spanStart(), f.spanEnd()), f.confidence());
    }
}
