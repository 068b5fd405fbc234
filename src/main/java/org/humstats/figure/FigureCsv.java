package org.humstats.figure;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.humstats.common.Csv;
import org.humstats.location.AdminAreas;

/**
 * Figures as CSV, one row per figure with the citation a journalist needs beside the number:
 * source name, document title, URL and publication date. Text is guarded against spreadsheet formulas.
 */
public final class FigureCsv {

    public static final List<String> COLUMNS = List.of("id", "metric", "kind", "value", "low", "high", "qualifier",
            "period_start", "period_end", "date_precision", "location_code", "location_name", "country_code", "admin1_code",
            "admin2_code", "source", "source_name", "source_type", "document_id", "document_title", "document_url",
            "document_published_on", "attributed_to", "subject", "sex", "age", "population_group", "sector", "cause", "unit",
            "origin_precision", "quote", "notes", "status", "status_reason", "created_at",
            "updated_at", "version");

    /**
     * The HXL hashtag of each column, in the order of {@link #COLUMNS}. HXL has no core tag for some of them; those use
     * {@code #meta} or {@code #date} with a descriptive attribute. The value is {@code #affected} (the metric is in the
     * {@code #indicator+code} column, as in a long-format HXL file), its bounds {@code +min} and {@code +max}. The exact
     * place is {@code #loc+code}; {@code #adm1+code} and {@code #adm2+code} name the admin areas it lies in, so that HXL
     * tools can join and filter by them.
     */
    public static final List<String> HXL_TAGS = List.of("#meta+id", "#indicator+code", "#indicator+kind", "#affected",
            "#affected+min", "#affected+max", "#meta+qualifier",
            "#date+start", "#date+end", "#date+precision", "#loc+code", "#loc+name", "#country+code", "#adm1+code", "#adm2+code",
            "#meta+source", "#meta+source+name", "#meta+source+type", "#meta+document+id", "#meta+document+title", "#meta+url",
            "#date+published", "#meta+attributed", "#meta+subject", "#meta+sex", "#meta+age", "#meta+population_group",
            "#sector", "#meta+cause", "#meta+unit", "#date+origin+precision", "#description+quote", "#description+notes", "#status",
            "#status+reason", "#date+created", "#date+updated", "#meta+version");

    /** Columns derived from the codes (names, the areas a place lies in): shown in an export, ignored by an import. */
    public static final Set<String> DERIVED = Set.of("location_name", "country_code", "admin1_code", "admin2_code",
            "source_name", "source_type");

    /** The citation of the document: an import creates the document from them when its id is not known yet. */
    public static final Set<String> CITATION = Set.of("document_title", "document_url", "document_published_on");

    /** The figure's own history: an import keeps them for figures it creates, so an export round-trips unchanged. */
    public static final Set<String> HISTORY = Set.of("created_at", "updated_at", "version");

    private FigureCsv() {
    }

    public static void writeHxlTags(Writer out) throws IOException {
        Csv.writeRecord(out, HXL_TAGS);
    }

    public static void writeHeader(Writer out) throws IOException {
        Csv.writeRecord(out, COLUMNS);
    }

    public static void writeRow(Writer out, FigureView f, AdminAreas.Codes areas) throws IOException {
        List<String> r = new ArrayList<>(COLUMNS.size());
        r.add(f.id().toString());
        r.add(f.metric());
        r.add(f.kind().wire());
        r.add(Long.toString(f.value()));
        r.add(str(f.low()));
        r.add(str(f.high()));
        r.add(f.qualifier().wire());
        r.add(str(f.periodStart()));
        r.add(str(f.periodEnd()));
        r.add(f.datePrecision().wire());
        r.add(Csv.text(f.locationCode()));
        r.add(Csv.text(f.locationName()));
        r.add(f.countryCode());
        r.add(Csv.text(areas.admin1()));
        r.add(Csv.text(areas.admin2()));
        r.add(Csv.text(f.source()));
        r.add(Csv.text(f.sourceName()));
        r.add(f.sourceType() == null ? "" : f.sourceType().wire());
        r.add(str(f.documentId()));
        r.add(f.document() == null ? "" : Csv.text(f.document().title()));
        r.add(f.document() == null ? "" : Csv.text(f.document().url()));
        r.add(f.document() == null ? "" : str(f.document().publishedOn()));
        r.add(Csv.text(f.attributedTo()));
        r.add(Csv.text(f.subject()));
        r.add(f.sex());
        r.add(f.age());
        r.add(f.populationGroup());
        r.add(f.sector());
        r.add(f.cause());
        r.add(f.unit());
        r.add(f.originPrecision().wire());
        r.add(Csv.text(f.quote()));
        r.add(Csv.text(f.notes()));
        r.add(f.status().wire());
        r.add(Csv.text(f.statusReason()));
        r.add(str(f.createdAt()));
        r.add(str(f.updatedAt()));
        r.add(Integer.toString(f.version()));
        Csv.writeRecord(out, r);
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
