package org.humstats.ingest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.humstats.common.BodyLimit;
import org.humstats.common.Formats;
import org.humstats.common.Params;
import jakarta.ws.rs.core.Context;

@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "Bulk loading of figures from files, all or nothing.")
public class ImportResource {

    @Inject
    FigureImport figureImport;

    @POST
    @Consumes({Formats.CSV, Formats.NDJSON, MediaType.TEXT_PLAIN})
    @BodyLimit(BodyLimit.Size.FIGURE_FILE)
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "Import figures",
            description = "Loads a file of figures, all or nothing: when any row is bad nothing is stored, and the 400 answer lists "
                    + "every bad row (`row`, `column`, `message`) — the same checks as POST /api/v1/figures, including unknown "
                    + "metrics, locations, sources and documents. Rows with an `id` match the figure of that id; rows without one "
                    + "match on (metric, kind, location, period_start, period_end, source). A row equal to its stored figure is "
                    + "counted as unchanged and not written, so importing the same file again changes nothing; every created or "
                    + "changed figure appears in GET /api/v1/changes.\n\n"
                    + "A file may carry what an export carries: retracted figures (with their `status_reason`; a stored figure "
                    + "can be retracted by a row, never brought back); documents by their citation (`document_title`, "
                    + "`document_url`, `document_published_on`, or an embedded `document` in NDJSON), created with the row's "
                    + "`document_id` when that id is not stored yet, or, without an id, matched to the stored document with the "
                    + "same citation; and `created_at`, `updated_at`, `version`, kept for figures the import creates (an update "
                    + "is stamped now, version + 1). So an export imported into an empty database exports as the same file. "
                    + "Imported figures may therefore carry past times: follow GET /api/v1/changes, not `updated_since`, to see "
                    + "everything that arrives.\n\n"
                    + "- `csv` (`text/csv`): the columns of an export (GET /api/v1/exports/figures?format=csv), by header name; "
                    + "any subset with metric, kind, value, period_end, location_code and source (or `&source=`). The names and "
                    + "admin areas are ignored; the apostrophe that guards formulas is removed. Rows are numbered from 1, the "
                    + "header.\n"
                    + "- `hxl` (`text/csv`): HXL-tagged CSV read by hashtag, never by header text (attributes in any order and "
                    + "case; untagged and unknown columns are ignored). Either HumStats' own HXL export (one figure per row), or "
                    + "a wide file as HDX publishes them: each value column is one metric and kind, e.g. "
                    + "`#affected+idps+ind+stock+conflict` (a stock of IDPs) or `#affected+idps+ind+internaldisp+conflict` (new "
                    + "displacements, a flow; also `+new`, `+flow`, `+cumulative`), with the place in `#country+code` (or the more "
                    + "specific `#adm1+code`, `#adm2+code`, `#adm3+code`), the date in `#date+year` (a flow covers 1 January to "
                    + "31 December, a stock is as of 31 December) or `#date+start`/`#date+end`, and the source in `#meta+source` "
                    + "or `&source=`. Empty value cells are skipped. Rows are numbered from 1, the header (the hashtags are row 2). "
                    + "Who is counted (docs/counting.md#breakdowns) comes from `#sector`, `#gender`, `#age+range`, "
                    + "`#population_group` and `#cause` columns (folded: ALL and a are the whole, f and m female and male, "
                    + "\"Conflict\" is conflict) and from a value column's attributes (`+f`, `+m`, `+conflict`, `+disaster`, "
                    + "`+age0_17`, `+children`, `+refugees`...): `#affected+idps+f` is a figure of women, never the total. `nan` "
                    + "is an empty cell, `6563.0` is 6563, `*` (a masked small number) is a range of 1 to 4. What a file leaves "
                    + "unsaid can be given once: `&location=` for rows without a place, `&kind=` for value columns without "
                    + "+stock/+flow, `&period_end=` for a file without dates.\n"
                    + "- `ndjson` (`application/x-ndjson`): one FigureInput per line, or a line of the NDJSON export (its names "
                    + "and key ids are ignored), numbered from 1.\n\n"
                    + "Up to 256 MiB. Needs an editor key.")
    @RequestBody(description = "The file")
    @APIResponse(responseCode = "200", description = "What was created, updated and left unchanged (with dry_run, what would be)")
    @APIResponse(responseCode = "400", description = "The file was rejected: `errors` lists row, column and message of every bad "
            + "row; or the header, hashtags or a parameter is wrong (`detail` says how)")
    @APIResponse(responseCode = "401", description = "No or unknown API key")
    @APIResponse(responseCode = "413", description = "The file is larger than 256 MiB")
    public ImportResult importFigures(
            @Parameter(description = "csv, hxl or ndjson; default from the Content-Type (text/csv: csv, application/x-ndjson: ndjson)",
                    example = "hxl") @QueryParam("format") String format,
            @Parameter(description = "Source id for rows that name none (files without a source column, like HDX's)",
                    example = "idmc") @QueryParam("source") String source,
            @Parameter(description = "`true` checks the file and counts what would change, storing nothing", example = "false")
            @QueryParam("dry_run") String dryRun,
            @Parameter(description = "hxl: the place of rows that name none (e.g. the national rows of a needs overview)",
                    example = "MLI") @QueryParam("location") String location,
            @Parameter(description = "hxl: the kind of value columns whose hashtag does not say (e.g. #inneed, #affected+idps)",
                    example = "stock") @QueryParam("kind") String kind,
            @Parameter(description = "hxl: the as-of date (or last day) of rows that have no date column", example = "2024-01-31")
            @QueryParam("period_end") String periodEnd,
            @Parameter(description = "csv and hxl: which header is which field, as header:field pairs separated by commas (a field "
                    + "of the export's columns, or - to leave the column out); it wins over the column's hashtag. For files "
                    + "whose hashtags are missing or mean something else.", example = "low:low,high:high,source_article:-")
            @QueryParam("columns") String columns,
            @Context HttpHeaders headers,
            InputStream body) {
        MediaType type = headers.getMediaType();
        ImportFormat fallback = type != null && type.getSubtype().equals("x-ndjson") ? ImportFormat.NDJSON : ImportFormat.CSV;
        ImportFormat f = Params.choice("format", format, ImportFormat.class, fallback);
        String s = source == null || source.isBlank() ? null : source.trim();
        FigureImport.FileDefaults defaults = new FigureImport.FileDefaults(Params.optionalText(location),
                Params.choice("kind", kind, org.humstats.figure.Kind.class, null), Params.date("period_end", periodEnd),
                columns(columns));
        return figureImport.run(body, new FigureImport.Options(f, s, Params.bool("dry_run", dryRun, false), false, defaults));
    }

    /** The &columns= mapping; a field that is not one of the export's columns is a 400 naming it. */
    private static java.util.Map<String, String> columns(String text) {
        java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return map;
        }
        for (String pair : text.split(",")) {
            int colon = pair.lastIndexOf(':');
            String header = colon < 0 ? "" : pair.substring(0, colon).trim();
            String field = colon < 0 ? "" : pair.substring(colon + 1).trim().toLowerCase(java.util.Locale.ROOT);
            if (header.isEmpty() || !(field.equals("-") || org.humstats.figure.FigureCsv.COLUMNS.contains(field))
                    || org.humstats.figure.FigureCsv.DERIVED.contains(field)) {
                throw org.humstats.common.ProblemException.invalidParameter("columns", "'" + pair.trim() + "' is not "
                        + "header:field, with field one of " + String.join(", ", org.humstats.figure.FigureCsv.COLUMNS)
                        + " (not a name column) or - to leave the column out");
            }
            map.put(header, field);
        }
        return map;
    }
}
