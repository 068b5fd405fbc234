package org.humstats.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.humstats.common.ImportRejected.RowError;
import org.humstats.figure.FigureInput;

/** One FigureInput JSON object per line; the row number is the line number. */
final class NdjsonRows implements RowReader {

    private final BufferedReader in;
    private final ObjectReader json;
    private final String defaultSource;
    private long line;

    NdjsonRows(BufferedReader in, ObjectReader json, String defaultSource) {
        this.in = in;
        this.json = json;
        this.defaultSource = defaultSource;
    }

    @Override
    public ImportRow next() {
        try {
            String text;
            do {
                text = in.readLine();
                line++;
                if (text == null) {
                    return null;
                }
            } while (text.isBlank());
            try {
                FigureInput f = json.readValue(text);
                if (f == null) {
                    return new ImportRow(line, null, Map.of(), List.of(new RowError(line, null, "is null; expected a figure object")));
                }
                if (f.source() == null && defaultSource != null) {
                    f = withSource(f, defaultSource);
                }
                return new ImportRow(line, f, Map.of(), List.of());
            } catch (JsonProcessingException e) {
                return new ImportRow(line, null, Map.of(), List.of(error(e)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RowError error(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return new RowError(line, path(u), "is not a figure field");
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
                f.subject(), f.quote(), f.notes(), f.status(), f.statusReason());
    }
}
