package org.humstats.ingest;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.humstats.common.Ids;
import org.humstats.document.Citation;
import org.humstats.document.DocumentInput;
import org.humstats.figure.FigureInput;

/**
 * Settles the document each row cites: the stored one it names by id, or one the import creates from the row's
 * citation (under the id the row gives; without one, the stored document with the same citation if there is one, so
 * a report cited on a thousand rows is one document). A row naming an unknown document without its citation, or a
 * known one with a different citation, is bad. "The same citation" is {@link Citation#sameDocumentAs}, as for the API.
 */
final class DocumentResolution {

    /** What the import asks the database about documents. */
    interface Lookup {
        /** The stored documents among {@code ids}. */
        Map<UUID, Citation> byIds(Set<UUID> ids) throws SQLException;

        /** The oldest stored document with exactly this citation, or null. */
        UUID byCitation(Citation citation) throws SQLException;
    }

    /** A document the import creates, to be written before the figures that cite it. */
    record NewDocument(UUID id, Citation citation) {
    }

    private final ImportErrors errors;
    private final Map<UUID, Citation> known = new HashMap<>();
    private final Map<Citation, UUID> byCitation = new HashMap<>();
    private final List<NewDocument> unwritten = new ArrayList<>();

    DocumentResolution(ImportErrors errors) {
        this.errors = errors;
    }

    /** The batch with each row's document settled; bad rows are reported (and left in: nothing is written then). */
    List<CheckedRow> settle(List<CheckedRow> batch, Lookup lookup) throws SQLException {
        Set<UUID> missing = new HashSet<>();
        for (CheckedRow c : batch) {
            UUID id = documentIdOf(c.row().input());
            if (id != null && !known.containsKey(id)) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            known.putAll(lookup.byIds(missing));
        }
        List<CheckedRow> settled = new ArrayList<>(batch.size());
        for (CheckedRow c : batch) {
            settled.add(settle(c, lookup));
        }
        return settled;
    }

    private CheckedRow settle(CheckedRow c, Lookup lookup) throws SQLException {
        ImportRow row = c.row();
        FigureInput in = row.input();
        DocumentInput doc = in.document();
        UUID id = documentIdOf(in);
        if (doc == null) {
            if (id != null && !known.containsKey(id)) {
                errors.add(row.row(), row.column("document_id"), "unknown document '" + id + "'; add it with POST "
                        + "/api/v1/documents, or give its citation (document_title, document_url, document_published_on) "
                        + "to create it with the figure");
            }
            return c;
        }
        Citation wanted = Citation.of(doc);
        if (id == null) {
            return c.withDocument(findOrCreate(wanted, lookup));
        }
        Citation stored = known.get(id);
        if (stored == null) {
            create(id, wanted);
        } else if (!wanted.sameDocumentAs(stored)) {
            errors.add(row.row(), RowCheck.column(row, "document.title"), "the document " + id + " is stored as '"
                    + stored.title() + "' (" + stored.url() + ", " + stored.publishedOn() + "); change it with PUT "
                    + "/api/v1/documents/" + id + ", or give its id without a different citation");
            return c;
        }
        return c.withDocument(id);
    }

    private UUID findOrCreate(Citation wanted, Lookup lookup) throws SQLException {
        UUID id = byCitation.get(wanted);
        if (id == null) {
            id = lookup.byCitation(wanted);
            if (id == null) {
                id = Ids.newId();
                create(id, wanted);
            } else if (!known.containsKey(id)) {
                known.putAll(lookup.byIds(Set.of(id)));
            }
            byCitation.put(wanted, id);
        }
        return id;
    }

    private void create(UUID id, Citation citation) {
        unwritten.add(new NewDocument(id, citation));
        known.put(id, citation);
    }

    /** The documents created since the last call, to write before the figures that cite them. */
    List<NewDocument> takeNew() {
        List<NewDocument> taken = List.copyOf(unwritten);
        unwritten.clear();
        return taken;
    }

    /** The citation of a settled document id (null for null). */
    Citation citation(UUID id) {
        return id == null ? null : known.get(id);
    }

    /** The document a row names: its document_id, or the id of its embedded document (null when neither has one). */
    private static UUID documentIdOf(FigureInput in) {
        return in.documentId() != null ? in.documentId() : in.document() == null ? null : in.document().id();
    }
}
