package org.humstats.ingest;

import java.util.List;
import java.util.Map;
import org.humstats.common.ImportRejected.RowError;
import org.humstats.figure.FigureInput;

/**
 * One figure read from a file: its row number, the figure (null when the row could not be read at all), the file's name
 * for each field (a header, a hashtag or a JSON field, for messages) and what was wrong with the text of the row.
 */
record ImportRow(long row, FigureInput input, Map<String, String> columns, List<RowError> errors) {

    String column(String field) {
        return columns.getOrDefault(field, field);
    }
}
