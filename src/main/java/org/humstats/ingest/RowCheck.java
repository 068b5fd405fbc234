package org.humstats.ingest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.humstats.common.ImportRejected.RowError;
import org.humstats.common.Problem.FieldError;
import org.humstats.figure.FigureFields;
import org.humstats.figure.FigureInput;
import org.humstats.figure.FigureRules;

/**
 * The checks of one row on its own: those the API makes of one figure (its rules, field sizes, the codes it names),
 * and what only a file can get wrong (the same figure twice, a history in the future). Every problem is reported in
 * the file's own terms (its header, hashtag or JSON field).
 */
final class RowCheck {

    private final KnownCodes codes;
    private final Validator validator;
    private final Instant now;
    private final ImportErrors errors;
    /** Which row first used each key: an id, or the natural key of a row without one. */
    private final KeyIndex seen = new KeyIndex();

    RowCheck(KnownCodes codes, Validator validator, Instant now, ImportErrors errors) {
        this.codes = codes;
        this.validator = validator;
        this.now = now;
        this.errors = errors;
    }

    /** The row's figure, or null when the row is bad (its problems are reported). */
    CheckedRow check(ImportRow r) {
        boolean bad = !r.errors().isEmpty();
        Set<String> badColumns = new HashSet<>();
        for (RowError e : r.errors()) {
            errors.add(e.row(), e.column(), e.message());
            badColumns.add(e.column());
        }
        FigureInput in = r.input();
        if (in == null) {
            return null;
        }
        List<FieldError> problems = new ArrayList<>(FigureRules.check(in, true));
        for (ConstraintViolation<FigureInput> v : validator.validate(in)) {
            problems.add(new FieldError(snakeCase(v.getPropertyPath().toString()), v.getMessage()));
        }
        if (in.document() != null) {
            checkDocument(in, problems);
        }
        checkHistory(r.history(), problems);
        if (in.metric() != null && !codes.hasMetric(in.metric())) {
            problems.add(new FieldError("metric", "unknown metric '" + in.metric() + "'; see GET /api/v1/metrics"));
        }
        if (in.locationCode() != null && !codes.hasPlace(in.locationCode())) {
            problems.add(new FieldError("location_code", "unknown location '" + in.locationCode()
                    + "'; find it with GET /api/v1/locations?q=name or add it first"));
        }
        if (in.source() != null && !codes.hasSource(in.source())) {
            problems.add(new FieldError("source", "unknown source '" + in.source() + "'; add it first with POST /api/v1/sources"));
        }
        for (FieldError p : problems) {
            String column = column(r, p.field());
            if (!badColumns.contains(column)) {
                errors.add(r.row(), column, p.message());
                bad = true;
            }
        }
        if (bad) {
            return null;
        }
        FigureFields fields = FigureFields.of(in, in.documentId());
        if (in.id() != null) {
            // A later row without an id must not match this figure: the look-ups do not see this import's writes.
            seen.putIfAbsent(fields.naturalKey(), r.row());
            long first = seen.putIfAbsent("id\u001f" + in.id(), r.row());
            if (first != 0) {
                errors.add(r.row(), r.column("id"), "the id " + in.id() + " is also on row " + first);
                return null;
            }
        } else {
            long first = seen.putIfAbsent(fields.naturalKey(), r.row());
            if (first != 0) {
                errors.add(r.row(), null, "the same metric, kind, location, period, source and breakdown as row " + first
                        + ": one of them is a duplicate (or give each its own id, or this row the id of that one)");
                return null;
            }
        }
        return new CheckedRow(r, fields);
    }

    private void checkDocument(FigureInput in, List<FieldError> problems) {
        UUID inner = in.document().id();
        if (in.documentId() != null && inner != null && !inner.equals(in.documentId())) {
            problems.add(new FieldError("document_id", "is " + in.documentId() + " but the document's id is " + inner));
        }
        String publisher = in.document().publisher();
        if (publisher != null && !codes.hasSource(publisher)) {
            problems.add(new FieldError("document.publisher", "unknown source '" + publisher + "'"));
        }
    }

    private void checkHistory(ImportRow.History h, List<FieldError> problems) {
        if (h.createdAt() != null && h.createdAt().isAfter(now)) {
            problems.add(new FieldError("created_at", "is " + h.createdAt() + ", in the future"));
        }
        if (h.updatedAt() != null && h.updatedAt().isAfter(now)) {
            problems.add(new FieldError("updated_at", "is " + h.updatedAt() + ", in the future"));
        }
        if (h.createdAt() != null && h.updatedAt() != null && h.updatedAt().isBefore(h.createdAt())) {
            problems.add(new FieldError("updated_at", "is " + h.updatedAt() + ", before created_at " + h.createdAt()));
        }
    }

    /** The file's name for a field; a field of the embedded document is a citation column of a CSV file. */
    static String column(ImportRow r, String field) {
        if (field.startsWith("document.")) {
            String csvName = "document_" + field.substring("document.".length());
            return r.columns().containsKey(csvName) ? r.column(csvName) : r.columns().isEmpty() ? field : csvName;
        }
        return r.column(field);
    }

    private static String snakeCase(String property) {
        return property.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }
}
