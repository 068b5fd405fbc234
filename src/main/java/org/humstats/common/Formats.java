package org.humstats.common;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** JSON or CSV: chosen by {@code format}, else by the Accept header, else JSON. */
public final class Formats {

    public static final String CSV = "text/csv";
    public static final String NDJSON = "application/x-ndjson";

    private Formats() {
    }

    public static boolean wantsCsv(String format, HttpHeaders headers) {
        if (format != null) {
            return switch (format.trim().toLowerCase()) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw ProblemException.invalidParameter("format", "'" + format + "' is not one of: json, csv");
            };
        }
        for (MediaType m : headers.getAcceptableMediaTypes()) {
            if (m.isCompatible(MediaType.APPLICATION_JSON_TYPE) || m.isWildcardType()) {
                return false;
            }
            if (m.getType().equals("text") && m.getSubtype().equals("csv")) {
                return true;
            }
        }
        return false;
    }

    /** Writes CSV through a buffered UTF-8 writer. */
    public interface CsvBody {
        void write(Writer out) throws IOException;
    }

    public static Response csv(CsvBody body, String filename) {
        StreamingOutput stream = out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            body.write(w);
            w.flush();
        };
        return Response.ok(stream, CSV + "; charset=utf-8; header=present")
                .header("Content-Disposition", "inline; filename=\"" + filename + "\"").build();
    }
}
