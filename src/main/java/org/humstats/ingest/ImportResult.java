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
        List<RowError> errors,
        @Schema(description = "Only with dry_run=true: per row that would create or change a figure, what would change "
                + "(field: from → to), in row order; at most " + ImportResult.MAX_CHANGES_LISTED + " rows are listed "
                + "(the counts above cover all)")
        List<RowChange> changes) {

    /** The rows a dry run lists at most, so that the answer to a file of a million rows stays small. */
    public static final int MAX_CHANGES_LISTED = 1000;

    /** What one row would do. */
    @Schema(name = "ImportRowChange", description = "What one row of a dry run would do to the figures")
    public record RowChange(
            @Schema(description = "Row (line) number in the file, the header being row 1", example = "2") long row,
            @Schema(description = "The figure created or changed", example = "6f1d3a0e-2b8c-4a5e-9f7d-0c1e2a3b4c5d") java.util.UUID id,
            @Schema(description = "create or update", example = "update") String action,
            @Schema(description = "The fields that would change, with the stored and the new value (empty for a new figure)")
            List<FieldChange> fields) {
    }

    /** One field's change, as text. */
    @Schema(name = "ImportFieldChange", description = "A field that would change: from the stored value to the file's")
    public record FieldChange(
            @Schema(description = "Field name", example = "notes") String field,
            @Schema(description = "Stored value (null: none)", example = "Given at a briefing") String from,
            @Schema(description = "Value from the file (null: none)", example = "Corrected in the May update") String to) {
    }
}
