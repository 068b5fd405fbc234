package org.humstats.extract;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a candidate is not a figure to keep. */
@Schema(name = "CandidateRejection", description = "Why the candidate is rejected.")
public record Rejection(
        @Schema(description = "The reason, for the next editor", example = "The number is the town's population, not people displaced.")
        @NotBlank @Size(max = 1000) String reason) {
}
