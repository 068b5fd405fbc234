package org.humstats.export;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.humstats.common.Formats;
import org.humstats.common.Params;
import org.humstats.figure.FigureQuery;
import org.humstats.figure.FigureReader;
import org.humstats.figure.FigureService;

@Path("/api/v1/exports/figures")
@Tag(name = "Exports", description = "Every figure matching the filters in one file, for partners that take the whole data set.")
public class ExportResource {

    @Inject
    FigureService figures;

    @Inject
    FigureExport export;

    @GET
    @Produces({Formats.CSV, Formats.NDJSON})
    @Operation(summary = "Export figures",
            description = "All figures matching the filters of GET /api/v1/figures (same parameters, no paging), ordered by id, "
                    + "streamed as they are read from the database, so an export of millions of figures starts at once and is "
                    + "sent as a download (`Content-Disposition: attachment`).\n\n"
                    + "- `csv`: the columns of GET /api/v1/figures?format=csv, each row with its citation (source name, document "
                    + "title, URL, publication date) and the admin areas of its place. Text that a spreadsheet would run as a "
                    + "formula (starting with =, +, -, @) gets a leading apostrophe (as does text that starts with one). The file "
                    + "can be imported again with POST /api/v1/imports?format=csv: into an empty database, with the same sources "
                    + "and places, it recreates the same figures and documents, and exporting them again gives the same file.\n"
                    + "- `hxl`: the same CSV with a row of HXL hashtags under the header: id `#meta+id`, metric `#indicator+code`, "
                    + "kind `#indicator+kind`, value `#affected`, low `#affected+min`, high `#affected+max`, qualifier "
                    + "`#meta+qualifier`, period_start `#date+start`, period_end `#date+end`, date_precision `#date+precision`, "
                    + "location_code `#loc+code` (any level: country, admin area or area), location_name `#loc+name`, "
                    + "country_code `#country+code`, admin1_code `#adm1+code` and admin2_code `#adm2+code` (the admin-1 and "
                    + "admin-2 areas the place lies in, or is; empty for a country or an area outside the admin tree), source "
                    + "`#meta+source`, source_name `#meta+source+name`, source_type "
                    + "`#meta+source+type`, document_id `#meta+document+id`, document_title `#meta+document+title`, document_url "
                    + "`#meta+url`, document_published_on `#date+published`, attributed_to `#meta+attributed`, subject "
                    + "`#meta+subject`, quote `#description+quote`, notes `#description+notes`, status `#status`, status_reason "
                    + "`#status+reason`, created_at `#date+created`, updated_at `#date+updated`, version `#meta+version`.\n"
                    + "- `ndjson`: one figure per line, as GET /api/v1/figures/{id} returns it (`application/x-ndjson`).")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = Formats.CSV), @Content(mediaType = Formats.NDJSON)})
    @APIResponse(responseCode = "400", description = "A filter or the format is unknown, repeated or has a bad value")
    public Response figures(@BeanParam FigureQuery query,
                            @Parameter(description = "csv (default), hxl (CSV with a row of HXL hashtags) or ndjson", example = "hxl")
                            @QueryParam("format") String format) {
        ExportFormat f = Params.choice("format", format, ExportFormat.class, ExportFormat.CSV);
        // Checked here, before the first byte: once streaming has begun, an error can no longer be a 400.
        FigureReader.Selection filter = figures.exportFilter(query.parse());
        StreamingOutput body = out -> export.write(filter, f, out);
        String type = f == ExportFormat.NDJSON ? Formats.NDJSON + "; charset=utf-8" : Formats.CSV + "; charset=utf-8; header=present";
        String name = "humstats-figures-" + LocalDate.now(ZoneOffset.UTC) + switch (f) {
            case CSV -> ".csv";
            case HXL -> ".hxl.csv";
            case NDJSON -> ".ndjson";
        };
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
