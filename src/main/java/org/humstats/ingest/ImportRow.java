package org.humstats.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.humstats.common.ImportRejected.RowError;
import org.humstats.figure.FigureInput;

/**
 * One figure read from a file: its row number, the figure (null when the row could not be read at all), the file's name
 * for each field (a header, a hashtag or a JSON field, for messages), what was wrong with the text of the row, and the
 * figure's history where the file gives it, and which fields the file has ({@link #gives}).
 */
record ImportRow(long row, FigureInput input, Map<String, String> columns, List<RowError> errors, History history,
                 java.util.Set<String> given) {

    /** When the figure of the row was created and last changed, and its version, where the file says (an export does). */
    record History(Instant createdAt, Instant updatedAt, Integer version) {
        static final History NONE = new History(null, null, null);
    }

    ImportRow(long row, FigureInput input, Map<String, String> columns, List<RowError> errors) {
        this(row, input, columns, errors, History.NONE, null);
    }

    ImportRow(long row, FigureInput input, Map<String, String> columns, List<RowError> errors, History history) {
        this(row, input, columns, errors, history, null);
    }

    /**
     * Whether the file has the field at all (a column, a hashtag, a JSON key), empty or not. A field the file does not
     * have keeps what is stored when the row changes a figure; an empty cell clears it. Without a list (null), every
     * field counts as given.
     */
    boolean gives(String field) {
        if (given == null) {
            return true;
        }
        if (field.equals("document_id")) {
            return given.contains("document_id") || given.contains("document") || given.contains("document_title")
                    || given.contains("document_url") || given.contains("document_published_on");
        }
        return given.contains(field);
    }

    String column(String field) {
        return columns.getOrDefault(field, field);
    }
}
