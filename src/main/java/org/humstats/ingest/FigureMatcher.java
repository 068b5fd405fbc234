package org.humstats.ingest;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.humstats.common.Ids;
import org.humstats.figure.FigureFields;
import org.humstats.figure.FigureStatus;
import org.humstats.figure.FigureTable.Stored;
import org.humstats.history.ChangeType;

/**
 * Matches the rows of a batch to the figures already stored and decides what each row does: create a figure, change
 * a stored one, or nothing because it repeats what is stored (so importing a file twice changes nothing). A row with
 * an id matches the figure of that id; a row without one matches on metric, kind, location, period and source, and is
 * refused when that names several live figures. A retracted figure is never brought back.
 */
final class FigureMatcher {

    /** What the import asks the database about stored figures. */
    interface Lookup {
        /** The stored figures among {@code ids}. */
        Map<UUID, Stored> byIds(List<UUID> ids) throws SQLException;

        /** The stored figures with the metric, kind, location and end date of any of {@code keys}. */
        List<Stored> byKeys(List<FigureFields> keys) throws SQLException;
    }

    /** A figure to write, as it will be after the import, with its history. */
    record Change(ChangeType type, UUID id, FigureFields fields, Instant createdAt, Instant updatedAt, int version,
                  UUID createdBy) {
    }

    private final boolean createOnly;
    private final Instant now;
    private final UUID keyId;
    private final ImportErrors errors;
    int created;
    int updated;
    int unchanged;

    /**
     * @param createOnly leave figures that exist alone (seed data must never undo an editor's correction)
     * @param now        the time of the import: updated figures get it, new ones too unless the file gives theirs
     * @param keyId      who imports
     */
    FigureMatcher(boolean createOnly, Instant now, UUID keyId, ImportErrors errors) {
        this.createOnly = createOnly;
        this.now = now;
        this.keyId = keyId;
        this.errors = errors;
    }

    /** The creates and updates of a batch, in row order; unchanged rows are only counted. */
    List<Change> match(List<CheckedRow> batch, Lookup lookup) throws SQLException {
        List<UUID> ids = batch.stream().map(c -> c.row().input().id()).filter(Objects::nonNull).toList();
        Map<UUID, Stored> byId = ids.isEmpty() ? Map.of() : lookup.byIds(ids);
        List<FigureFields> keys = batch.stream().filter(c -> c.row().input().id() == null).map(CheckedRow::fields).toList();
        Map<String, List<Stored>> byKey = new HashMap<>();
        if (!keys.isEmpty()) {
            for (Stored s : lookup.byKeys(keys)) {
                byKey.computeIfAbsent(s.fields().naturalKey(), k -> new ArrayList<>()).add(s);
            }
        }
        List<Change> changes = new ArrayList<>();
        for (CheckedRow c : batch) {
            Change change = decide(c, byId, byKey);
            if (change != null) {
                changes.add(change);
            }
        }
        return changes;
    }

    private Change decide(CheckedRow c, Map<UUID, Stored> byId, Map<String, List<Stored>> byKey) {
        FigureFields f = c.fields();
        UUID id = c.row().input().id();
        Stored match;
        if (id != null) {
            match = byId.get(id);
        } else {
            List<Stored> candidates = byKey.getOrDefault(f.naturalKey(), List.of());
            if (candidates.stream().anyMatch(s -> s.fields().equals(f))) {
                unchanged++;
                return null;
            }
            List<Stored> live = candidates.stream().filter(s -> s.fields().status() != FigureStatus.RETRACTED).toList();
            if (live.size() > 1) {
                errors.add(c.row().row(), null, "matches " + live.size() + " stored figures ("
                        + String.join(", ", live.stream().map(s -> s.id().toString()).toList())
                        + "); give the id of the one to change");
                return null;
            }
            match = live.isEmpty() ? null : live.get(0);
        }
        if (match == null) {
            created++;
            ImportRow.History h = c.row().history();
            Instant createdAt = h.createdAt() != null ? h.createdAt() : now;
            Instant updatedAt = h.updatedAt() != null ? h.updatedAt() : h.createdAt() != null ? createdAt : now;
            return new Change(ChangeType.CREATED, id != null ? id : Ids.newId(), f, createdAt, updatedAt,
                    h.version() != null ? h.version() : 0, keyId);
        }
        if (createOnly || match.fields().equals(f)) {
            unchanged++;
            return null;
        }
        if (match.fields().status() == FigureStatus.RETRACTED) {
            errors.add(c.row().row(), c.row().column("id"), "the figure " + match.id() + " is retracted and is kept as it "
                    + "was; enter the corrected figure without this id");
            return null;
        }
        updated++;
        return new Change(f.status() == FigureStatus.RETRACTED ? ChangeType.RETRACTED : ChangeType.UPDATED, match.id(), f,
                match.createdAt(), now, match.version() + 1, match.createdBy());
    }
}
