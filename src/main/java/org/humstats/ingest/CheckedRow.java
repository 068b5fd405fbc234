package org.humstats.ingest;

import java.util.UUID;
import org.humstats.figure.FigureFields;

/** A row that passed {@link RowCheck}: the figure it describes, with the document it cites once that is settled. */
record CheckedRow(ImportRow row, FigureFields fields) {

    CheckedRow withDocument(UUID document) {
        return new CheckedRow(row, fields.withDocument(document));
    }
}
