package org.humstats.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.humstats.common.ImportRejected.RowError;
import org.humstats.figure.FigureInput;

/**
 * One figure read from a file: its row number, the figure (null when the row could not be read at all), the file's name
 * for each field (a header, a hashtag or a JSON field, for messages), what was wrong with the text of the row, and the
 * figure's history where the file gives it.
 */
record ImportRow(long row, FigureInput input, Map<String, String> columns, List<RowError> errors, History history) {

    /** When the figure of the row was created and last changed, and its version, where the file says (an export does). */
    record History(Instant createdAt, Instant updatedAt, Integer version) {
        static final History NONE = new History(null, null, null);
    }

    ImportRow(long row, FigureInput input, Map<String, String> columns, List<RowError> errors) {
        this(row, input, columns, errors, History.NONE);
    }

    String column(String field) {
        return columns.getOrDefault(field, field);
    }
}
