package org.humstats.extract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An extraction on the wire. The review queue lists them without text and candidates; one extraction, or the answer to
 * POST, carries its candidates (and, when asked for one, the text the spans point into).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Extraction", description = "One report read by the extractor, and the review of what it proposed.")
public record ExtractionView(
        @Schema(description = "Extraction id (absent in a dry run)", example = "01938c2e-6b5a-7f00-8a1b-2c3d4e5f6a7b") UUID id,
        @Schema(description = "The document the report is; accepted figures cite it", example = "5eed0d00-0000-4000-8000-000000000001")
        UUID documentId,
        @Schema(description = "open (candidates left to review) or reviewed", example = "open") ExtractionStatus status,
        @Schema(description = "true when nothing was stored (dry_run=true)", example = "false") Boolean dryRun,
        @Schema(description = "How many candidates are proposed, accepted and rejected") Counts counts,
        @Schema(description = "When the report was read", example = "2026-12-02T10:15:30Z") Instant createdAt,
        @Schema(description = "When a candidate was last reviewed", example = "2026-12-02T10:20:00Z") Instant updatedAt,
        @Schema(description = "The report text (GET of one extraction only)") String text,
        @Schema(description = "The proposed figures, in the order the text states them") List<CandidateView> candidates) {

    /** How far the review has come. */
    public record Counts(@Schema(example = "2") int proposed, @Schema(example = "1") int accepted,
                         @Schema(example = "0") int rejected) {
    }

    static ExtractionView summary(Extraction e) {
        return new ExtractionView(e.id, e.documentId, e.status, null, counts(e), e.createdAt, e.updatedAt, null, null);
    }

    static ExtractionView full(Extraction e, List<CandidateView> candidates, boolean withText) {
        return new ExtractionView(e.id, e.documentId, e.status, null, counts(e), e.createdAt, e.updatedAt,
                withText ? e.text : null, candidates);
    }

    private static Counts counts(Extraction e) {
        return new Counts(e.proposedCount, e.acceptedCount, e.rejectedCount);
    }
}
