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
import org.humstats.figure.FigureInput;
import org.humstats.figure.FigureRules;
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
        this(createOnly, now, keyId, errors, false);
    }

    /** @param listChanges keep, per row, what it changes (a dry run's answer), for the first rows */
    FigureMatcher(boolean createOnly, Instant now, UUID keyId, ImportErrors errors, boolean listChanges) {
        this.createOnly = createOnly;
        this.now = now;
        this.keyId = keyId;
        this.errors = errors;
        this.listChanges = listChanges;
    }

    private final boolean listChanges;
    private final List<ImportResult.RowChange> listed = new ArrayList<>();

    /** What the rows change, per row, in row order (the first {@link ImportResult#MAX_CHANGES_LISTED}). */
    List<ImportResult.RowChange> listed() {
        List<ImportResult.RowChange> rows = new ArrayList<>(listed);
        rows.sort(java.util.Comparator.comparingLong(ImportResult.RowChange::row));
        return rows;
    }

    private void list(long row, UUID id, String action, FigureFields before, FigureFields after) {
        if (!listChanges || listed.size() >= ImportResult.MAX_CHANGES_LISTED) {
            return;
        }
        List<ImportResult.FieldChange> fields = new ArrayList<>();
        if (before != null) {
            for (java.lang.reflect.RecordComponent c : FigureFields.class.getRecordComponents()) {
                Object from = read(c, before);
                Object to = read(c, after);
                if (!Objects.equals(from, to)) {
                    fields.add(new ImportResult.FieldChange(c.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(),
                            wire(from), wire(to)));
                }
            }
        }
        listed.add(new ImportResult.RowChange(row, id, action, fields));
    }

    private static Object read(java.lang.reflect.RecordComponent c, FigureFields f) {
        try {
            return c.getAccessor().invoke(f);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String wire(Object value) {
        return value == null ? null : value instanceof org.humstats.common.WireNamed w ? w.wire() : value.toString();
    }

    /**
     * The row's fields over the stored figure's: a field the file does not have (no such column, hashtag or JSON key)
     * keeps what is stored, so a file of values alone never clears a figure's citation, notes or qualifier.
     */
    static FigureFields kept(FigureFields stored, FigureFields row, ImportRow r) {
        return new FigureFields(
                r.gives("metric") ? row.metric() : stored.metric(),
                r.gives("kind") ? row.kind() : stored.kind(),
                r.gives("value") ? row.value() : stored.value(),
                r.gives("low") ? row.low() : stored.low(),
                r.gives("high") ? row.high() : stored.high(),
                r.gives("qualifier") ? row.qualifier() : stored.qualifier(),
                r.gives("period_start") ? row.periodStart() : stored.periodStart(),
                r.gives("period_end") ? row.periodEnd() : stored.periodEnd(),
                r.gives("date_precision") ? row.datePrecision() : stored.datePrecision(),
                r.gives("location_code") ? row.locationCode() : stored.locationCode(),
                r.gives("source") ? row.source() : stored.source(),
                r.gives("document_id") ? row.documentId() : stored.documentId(),
                r.gives("attributed_to") ? row.attributedTo() : stored.attributedTo(),
                r.gives("subject") ? row.subject() : stored.subject(),
                r.gives("quote") ? row.quote() : stored.quote(),
                r.gives("notes") ? row.notes() : stored.notes(),
                r.gives("status") ? row.status() : stored.status(),
                r.gives("status_reason") ? row.statusReason() : stored.statusReason(),
                part(r, "sex", row.sex(), stored.sex(), "all"),
                part(r, "age", row.age(), stored.age(), "all"),
                part(r, "population_group", row.populationGroup(), stored.populationGroup(), "all"),
                part(r, "sector", row.sector(), stored.sector(), "all"),
                part(r, "cause", row.cause(), stored.cause(), "all"),
                part(r, "unit", row.unit(), stored.unit(), "people"),
                r.gives("origin_precision") ? row.originPrecision() : stored.originPrecision());
    }

    /**
     * A breakdown part the row names (a column of that name, or an HXL attribute such as +f on its value column) is
     * the row's; a file that says nothing of it keeps the stored part.
     */
    private static String part(ImportRow r, String field, String rowValue, String storedValue, String whole) {
        return r.gives(field) || !whole.equals(rowValue) ? rowValue : storedValue;
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
            if (candidates.stream().anyMatch(s -> kept(s.fields(), f, c.row()).equals(s.fields()))) {
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
            UUID newId = id != null ? id : Ids.newId();
            list(c.row().row(), newId, "create", null, f);
            return new Change(ChangeType.CREATED, newId, f, createdAt, updatedAt,
                    h.version() != null ? h.version() : 0, keyId);
        }
        FigureFields after = kept(match.fields(), f, c.row());
        if (createOnly || match.fields().equals(after)) {
            unchanged++;
            return null;
        }
        if (match.fields().status() == FigureStatus.RETRACTED) {
            errors.add(c.row().row(), c.row().column("id"), "the figure " + match.id() + " is retracted and is kept as it "
                    + "was; enter the corrected figure without this id");
            return null;
        }
        if (!after.equals(f)) {
            // Kept fields and given ones must still agree (a stored range and a new value outside it do not).
            FigureInput merged = new FigureInput(match.id(), after.metric(), after.kind(), after.value(), after.low(),
                    after.high(), after.qualifier(), after.periodStart(), after.periodEnd(), after.datePrecision(),
                    after.locationCode(), after.source(), after.documentId(), null, after.attributedTo(), after.subject(),
                    after.quote(), after.notes(), after.status(), after.statusReason());
            List<org.humstats.common.Problem.FieldError> problems = FigureRules.check(merged, true);
            for (org.humstats.common.Problem.FieldError p : problems) {
                errors.add(c.row().row(), c.row().column(p.field()), p.message() + " (with the stored figure's "
                        + "fields this file does not have)");
            }
            if (!problems.isEmpty()) {
                return null;
            }
        }
        updated++;
        list(c.row().row(), match.id(), "update", match.fields(), after);
        return new Change(after.status() == FigureStatus.RETRACTED ? ChangeType.RETRACTED : ChangeType.UPDATED, match.id(), after,
                match.createdAt(), now, match.version() + 1, match.createdBy());
    }
}
