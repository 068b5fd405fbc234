package org.humstats.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.humstats.figure.FigureCsv;
import org.humstats.figure.FigureReader;
import org.humstats.figure.FigureService;
import org.humstats.figure.FigureView;
import org.humstats.location.AdminAreas;

/** Writes every figure matching a filter as CSV, HXL-tagged CSV or NDJSON, straight from the database cursor. */
@ApplicationScoped
class FigureExport {

    @Inject
    FigureService figures;

    @Inject
    ObjectMapper json;

    @Inject
    AdminAreas adminAreas;

    public void write(FigureReader.Selection filter, ExportFormat format, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        if (format != ExportFormat.NDJSON) {
            FigureCsv.writeHeader(w);
            if (format == ExportFormat.HXL) {
                FigureCsv.writeHxlTags(w);
            }
        }
        AdminAreas.Lookup areas = adminAreas.lookup();
        figures.stream(filter, batch -> {
            for (FigureView f : batch) {
                if (format == ExportFormat.NDJSON) {
                    w.write(json.writeValueAsString(f));
                    w.write('\n');
                } else {
                    FigureCsv.writeRow(w, f, areas.of(f.locationCode()));
                }
            }
        });
        w.flush();
    }
}
