package org.humstats.ingest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.humstats.common.ImportRejected.RowError;

@Schema(name = "ImportResult", description = "What an import stored (or, with dry_run, would store).")
public record ImportResult(
        @Schema(description = "true when nothing was stored because dry_run=true was asked", example = "false")
        boolean dryRun,
        @Schema(description = "Figures created", example = "1200")
        int created,
        @Schema(description = "Existing figures changed (matched by id, or by metric, kind, location, period and source)", example = "3")
        int updated,
        @Schema(description = "Rows equal to a stored figure; nothing was written for them", example = "40")
        int unchanged,
        @Schema(description = "Always empty in a 200 answer: a file with any bad row is rejected with a 400 that lists them")
        List<RowError> errors) {
}
