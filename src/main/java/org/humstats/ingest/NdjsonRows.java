package org.humstats.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.humstats.common.Csv;
import org.humstats.common.ImportRejected.RowError;
import org.humstats.figure.FigureInput;

/**
 * One figure JSON object per line; the row number is the line number. A line is a FigureInput, or a line of the NDJSON
 * export: its names (location_name, source_name, ...) and key ids are ignored, and created_at, updated_at and version
 * are kept as the figure's history.
 */
final class NdjsonRows implements RowReader {

    /** Fields of an exported figure that an import does not read: derived from the codes, or this database's key ids. */
    private static final List<String> IGNORED = List.of("location_name", "country_code", "source_name", "source_type",
            "created_by", "updated_by");

    private final BufferedReader in;
    private final ObjectMapper json;
    private final String defaultSource;
    private long line;

    /** The longest line taken: a figure is a few kilobytes; a longer line is refused before it fills the memory. */
    static final int MAX_LINE_CHARS = Csv.MAX_RECORD_CHARS;

    private boolean broken;

    NdjsonRows(BufferedReader in, ObjectMapper json, String defaultSource) {
        this.in = in;
        this.json = json;
        this.defaultSource = defaultSource;
    }

    @Override
    public ImportRow next() {
        try {
            String text;
            do {
                if (broken) {
                    return null;
                }
                line++;
                text = readLine();
                if (text == null) {
                    return null;
                }
                if (text.length() > MAX_LINE_CHARS) {
                    broken = true;
                    return new ImportRow(line, null, Map.of(), List.of(new RowError(line, null, "is longer than "
                            + MAX_LINE_CHARS + " characters (a line break missing?); the file was not read further")));
                }
            } while (text.isBlank());
            try {
                JsonNode node = json.readTree(text);
                if (!(node instanceof ObjectNode figure)) {
                    return new ImportRow(line, null, Map.of(), List.of(new RowError(line, null, "is not a JSON object; expected a figure")));
                }
                figure.remove(IGNORED);
                java.util.Set<String> given = new java.util.HashSet<>();
                figure.fieldNames().forEachRemaining(given::add);
                if (defaultSource != null) {
                    given.add("source");
                }
                List<RowError> errors = new ArrayList<>();
                ImportRow.History history = new ImportRow.History(instant(figure.remove("created_at"), "created_at", errors),
                        instant(figure.remove("updated_at"), "updated_at", errors), version(figure.remove("version"), errors));
                FigureInput f = json.treeToValue(figure, FigureInput.class);
                if (f.source() == null && defaultSource != null) {
                    f = withSource(f, defaultSource);
                }
                return new ImportRow(line, f, Map.of(), errors, history, given);
            } catch (JsonProcessingException e) {
                return new ImportRow(line, null, Map.of(), List.of(error(e)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next line without its terminator; of a line over the limit, only the limit plus one character is kept. */
    private String readLine() throws IOException {
        StringBuilder text = new StringBuilder();
        int c = in.read();
        if (c == -1) {
            return null;
        }
        while (c != -1 && c != '\n') {
            if (text.length() <= MAX_LINE_CHARS) {
                text.append((char) c);
            }
            c = in.read();
        }
        int end = text.length();
        if (end > 0 && text.charAt(end - 1) == '\r') {
            text.setLength(end - 1);
        }
        return text.toString();
    }

    private Instant instant(JsonNode node, String field, List<RowError> errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(node.asText()).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new RowError(line, field, "'" + node.asText() + "' is not a time in the form 2017-11-09T10:00:00Z"));
            return null;
        }
    }

    private Integer version(JsonNode node, List<RowError> errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber() || node.intValue() < 0) {
            errors.add(new RowError(line, "version", "'" + node + "' is not a version (a whole number from 0)"));
            return null;
        }
        return node.intValue();
    }

    private RowError error(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return new RowError(line, path(u), "is not a figure field");
        }
        if (e instanceof org.humstats.common.RefusedValue refused) {
            return new RowError(line, path(refused), refused.reason());
        }
        if (e instanceof InvalidFormatException f) {
            String allowed = f.getTargetType().isEnum() ? "; one of: " + java.util.Arrays.stream(f.getTargetType().getEnumConstants())
                    .map(c -> ((org.humstats.common.WireNamed) c).wire()).collect(Collectors.joining(", ")) : "";
            return new RowError(line, path(f), "'" + f.getValue() + "' is not valid here" + allowed);
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return new RowError(line, path(m), "has a value of the wrong type");
        }
        return new RowError(line, null, "is not a JSON object: " + e.getOriginalMessage());
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static FigureInput withSource(FigureInput f, String source) {
        return new FigureInput(f.id(), f.metric(), f.kind(), f.value(), f.low(), f.high(), f.qualifier(), f.periodStart(),
                f.periodEnd(), f.datePrecision(), f.locationCode(), source, f.documentId(), f.document(), f.attributedTo(),
                f.subject(), f.quote(), f.notes(), f.status(), f.statusReason(), f.sex(), f.age(), f.populationGroup(),
                f.sector(), f.cause(), f.unit(), f.originPrecision());
    }
}
