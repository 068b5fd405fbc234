package org.humstats.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.humstats.common.Csv;
import org.humstats.common.ImportRejected.RowError;
import org.humstats.common.Params;
import org.humstats.common.WireNamed;
import org.humstats.document.DocumentInput;
import org.humstats.figure.DatePrecision;
import org.humstats.figure.FigureInput;
import org.humstats.figure.FigureStatus;
import org.humstats.figure.Kind;
import org.humstats.figure.Qualifier;

/** Turns the text cells of a row, by field name (the export's column names), into a FigureInput. */
final class FigureCells {

    private FigureCells() {
    }

    static FigureInput parse(long row, Map<String, String> cells, Map<String, String> columns, List<RowError> errors) {
        String v = cells.get("value");
        if (v != null && v.strip().equals("*")) {
            // A masked small number (UNHCR writes * for 1 to 4 people): a range of 1 to 4, never 0 and never an error.
            // The value is 2, the middle rounded down, since every count in it is small.
            cells = new java.util.HashMap<>(cells);
            cells.put("value", "2");
            cells.put("low", "1");
            cells.put("high", "4");
            cells.put("qualifier", "range");
        }
        Cell c = new Cell(row, cells, columns, errors);
        UUID documentId = c.uuid("document_id");
        String title = c.text("document_title");
        String url = c.text("document_url");
        LocalDate published = c.date("document_published_on");
        // The citation columns describe the document: enough to create it where its id is not known yet.
        DocumentInput document = title == null && url == null && published == null ? null
                : new DocumentInput(documentId, title, null, url, published, null, null);
        return new FigureInput(c.uuid("id"), c.text("metric"), c.choice("kind", Kind.class), c.number("value"),
                c.number("low"), c.number("high"), c.choice("qualifier", Qualifier.class), c.date("period_start"),
                c.date("period_end"), c.choice("date_precision", DatePrecision.class), c.text("location_code"),
                c.text("source"), document == null ? documentId : null, document, c.text("attributed_to"), c.text("subject"),
                c.text("quote"), c.text("notes"), c.choice("status", FigureStatus.class), c.text("status_reason"),
                c.text("sex"), c.text("age"), c.text("population_group"), c.text("sector"), c.text("cause"), c.text("unit"),
                c.choice("origin_precision", DatePrecision.class));
    }

    /** created_at, updated_at and version, where the file has them. */
    static ImportRow.History history(long row, Map<String, String> cells, Map<String, String> columns, List<RowError> errors) {
        Cell c = new Cell(row, cells, columns, errors);
        Long version = c.number("version");
        if (version != null && (version < 0 || version > Integer.MAX_VALUE)) {
            c.error("version", "'" + version + "' is not a version (a whole number from 0)");
            version = null;
        }
        return new ImportRow.History(c.instant("created_at"), c.instant("updated_at"), version == null ? null : version.intValue());
    }

    private record Cell(long row, Map<String, String> cells, Map<String, String> columns, List<RowError> errors) {

        String raw(String field) {
            String s = cells.get(field);
            return s == null || s.isBlank() ? null : s.trim();
        }

        void error(String field, String message) {
            errors.add(new RowError(row, columns.getOrDefault(field, field), message));
        }

        String text(String field) {
            String s = cells.get(field);
            return s == null || s.isBlank() ? null : Csv.unguard(s);
        }

        Instant instant(String field) {
            String s = raw(field);
            try {
                return s == null ? null : OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException e) {
                error(field, "'" + s + "' is not a time in the form 2017-11-09T10:00:00Z");
                return null;
            }
        }

        UUID uuid(String field) {
            String s = raw(field);
            try {
                return s == null ? null : UUID.fromString(s);
            } catch (IllegalArgumentException e) {
                error(field, "'" + s + "' is not a UUID");
                return null;
            }
        }

        Long number(String field) {
            String s = raw(field);
            if (s == null) {
                return null;
            }
            try {
                // "6563.0": how pandas writes a whole number in a column that also holds "nan".
                return Long.parseLong(s.matches("-?\\d+\\.0+") ? s.substring(0, s.indexOf('.')) : s);
            } catch (NumberFormatException e) {
                error(field, "'" + s + "' is not a whole number (write 120000, without separators)");
                return null;
            }
        }

        LocalDate date(String field) {
            String s = raw(field);
            if (s != null && s.matches("\\d{4}-\\d{2}-\\d{2}T00:00(:00)?(\\.0+)?Z?")) {
                s = s.substring(0, 10); // a date written as midnight of that day
            }
            try {
                return s == null ? null : LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                error(field, "'" + s + "' is not a date in the form YYYY-MM-DD");
                return null;
            }
        }

        <E extends Enum<E> & WireNamed> E choice(String field, Class<E> type) {
            String s = raw(field);
            if (s == null) {
                return null;
            }
            try {
                return WireNamed.parse(type, s.toLowerCase());
            } catch (IllegalArgumentException e) {
                error(field, e.getMessage());
                return null;
            }
        }
    }
}
