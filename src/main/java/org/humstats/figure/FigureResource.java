package org.humstats.figure;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.humstats.common.RoundTrips;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.humstats.common.Formats;
import org.humstats.common.Keyset;
import org.humstats.common.Page;
import org.humstats.common.PageRequest;
import org.humstats.common.Params;
import org.humstats.common.ProblemException;
import org.humstats.location.AdminAreas;

@Path("/api/v1/figures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Figures", description = "Sourced numbers: each with its metric, kind, period, place, the body that made the estimate "
        + "and the document that published it.")
public class FigureResource {

    private static final String ID_EXAMPLE = "6f1d3a0e-2b8c-4a5e-9f7d-0c1e2a3b4c5d";

    @Inject
    FigureService service;

    @Inject
    FigureReader reader;

    @Inject
    AdminAreas adminAreas;

    @Inject
    RoundTrips roundTrips;

    /** The body of a retraction. */
    public record Retraction(
            @Schema(description = "Why the figure is withdrawn", example = "The source corrected the number in a later briefing.")
            @NotBlank @Size(max = 1000) String reason) {
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Formats.CSV})
    @Operation(summary = "Find figures",
            description = "Figures matching every filter given, newest period first by default. `location` includes every place "
                    + "inside it (SY09 also returns the figures of its districts). As CSV (`format=csv` or `Accept: text/csv`) each "
                    + "row carries its citation: source name, document title, URL and publication date.")
    @APIResponse(responseCode = "200", description = "A page of figures", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON), @Content(mediaType = Formats.CSV)})
    @APIResponse(responseCode = "400", description = "A filter is unknown, repeated or has a bad value")
    public Response list(@BeanParam FigureQuery query,
                         @Parameter(description = "Order: period_end, value, updated_at or created_at; prefix - for descending. "
                                 + "Default -period_end.", example = "-period_end") @QueryParam("sort") String sort,
                         @Parameter(description = "json (default) or csv; overrides the Accept header", example = "csv")
                         @QueryParam("format") String format,
                         @BeanParam PageRequest page, @Context UriInfo uri, @Context HttpHeaders headers) {
        boolean csv = Formats.wantsCsv(format, headers);
        Page<FigureView> result = reader.list(query.parse(), sort, page);
        Response json = Keyset.response(result, uri);
        if (!csv) {
            return json;
        }
        AdminAreas.Lookup areas = adminAreas.lookup();
        Response csvPage = Formats.csv(w -> {
            FigureCsv.writeHeader(w);
            for (FigureView f : result.data()) {
                FigureCsv.writeRow(w, f, areas.of(f.locationCode()));
            }
        }, "figures.csv");
        String link = json.getHeaderString("Link");
        return link == null ? csvPage : Response.fromResponse(csvPage).header("Link", link).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a figure", description = "One figure with its citation, retracted ones included.")
    @APIResponse(responseCode = "200", description = "The figure")
    @APIResponse(responseCode = "404", description = "No such figure")
    public FigureView get(@Parameter(description = "Figure id", example = ID_EXAMPLE) @PathParam("id") String id) {
        return reader.find(Params.uuid("id", id)).orElseThrow(() -> ProblemException.notFound("figure", id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "Enter a figure",
            description = "Needs an editor key. Checked before anything is stored: value ≥ 0, low ≤ value ≤ high, the qualifier "
                    + "agrees with the bounds, the period fits the kind (stock: only period_end; flow: start ≤ end; cumulative: an "
                    + "origin), and the metric, location, source and document exist. Every problem is listed in `errors`.")
    @APIResponse(responseCode = "201", description = "Created; Location points at the figure")
    @APIResponse(responseCode = "400", description = "Invalid; `errors` names each field")
    @APIResponse(responseCode = "401", description = "No or unknown API key")
    @APIResponse(responseCode = "409", description = "A figure with this id exists")
    public Response create(@Valid @NotNull FigureInput input) {
        FigureView created = service.create(input);
        return Response.created(URI.create("/api/v1/figures/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "Correct a figure", description = "Replaces the figure's fields (same checks as on create). A retracted "
            + "figure cannot be changed. Needs an editor key.")
    @APIResponse(responseCode = "200", description = "The changed figure")
    @APIResponse(responseCode = "409", description = "The figure is retracted")
    @APIResponse(responseCode = "412", description = "If-Match names an older version of the figure")
    @RequestBody(required = true, description = "The figure as GET gave it, changed where it should change. The fields the "
            + "server keeps (location_name, country_code, source_name, source_type, the document's citation, created_at, "
            + "updated_at, version, created_by, updated_by) may be sent back unchanged or left out; a changed one is refused, "
            + "and every such field is named in one answer.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FigureInput.class)))
    public FigureView update(@Parameter(description = "Figure id", example = ID_EXAMPLE) @PathParam("id") String id,
                             @Parameter(description = "ETag from your last GET; the change is refused with 412 if the resource changed since", example = "\"q1w2e3r4t5y6u7i8o9p0\"")
            @HeaderParam("If-Match") String ifMatch,
            @NotNull JsonNode body) {
        UUID figureId = Params.uuid("id", id);
        FigureView current = service.find(figureId).orElseThrow(() -> ProblemException.notFound("figure", id));
        FigureInput input = roundTrips.replacement(body, current, FigureInput.class, Set.of("id"), VIEW_ONLY);
        return service.update(figureId, input, ifMatch);
    }

    /** A figure's view shows its document as a citation; an input's {@code document} is one to create. */
    private static final Set<String> VIEW_ONLY = Set.of("document");

    @PATCH
    @Path("/{id}")
    @Consumes(RoundTrips.MERGE_PATCH)
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "Change some fields of a figure",
            description = "A JSON merge patch (RFC 7396, `Content-Type: application/merge-patch+json`): the fields given replace "
                    + "the stored ones, `null` removes an optional field (a required one cannot be removed), the rest stays as "
                    + "it is. The result is checked as a PUT is. A retracted figure cannot be changed. Needs an editor key.")
    @RequestBody(required = true, description = "The fields to change",
            content = @Content(mediaType = RoundTrips.MERGE_PATCH, schema = @Schema(implementation = FigureInput.class)))
    @APIResponse(responseCode = "200", description = "The changed figure")
    @APIResponse(responseCode = "404", description = "No such figure")
    @APIResponse(responseCode = "409", description = "The figure is retracted")
    @APIResponse(responseCode = "412", description = "If-Match names an older version of the figure")
    public FigureView patch(@Parameter(description = "Figure id", example = ID_EXAMPLE) @PathParam("id") String id,
                            @Parameter(description = "ETag from your last GET; the change is refused with 412 if the resource changed since", example = "\"q1w2e3r4t5y6u7i8o9p0\"")
            @HeaderParam("If-Match") String ifMatch,
            @NotNull JsonNode patch) {
        JsonNode changes = patch;
        if (patch instanceof ObjectNode o && o.get("document") instanceof ObjectNode && !o.has("document_id")) {
            // An embedded document replaces the one cited: the figure cannot cite both.
            changes = o.deepCopy().putNull("document_id");
        }
        JsonNode given = changes;
        return service.patch(Params.uuid("id", id), current -> roundTrips.merged(given, current, FigureInput.class,
                Set.of("id"), VIEW_ONLY), ifMatch);
    }

    @POST
    @Path("/{id}/retraction")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "Retract a figure", description = "Figures are never deleted: a retracted figure keeps its values, gets "
            + "status `retracted` with the reason, and is no longer counted. Needs an editor key.")
    @APIResponse(responseCode = "200", description = "The retracted figure")
    @APIResponse(responseCode = "409", description = "Already retracted")
    @APIResponse(responseCode = "412", description = "If-Match names an older version of the figure")
    public FigureView retract(@Parameter(description = "Figure id", example = ID_EXAMPLE) @PathParam("id") String id,
                              @Parameter(description = "ETag from your last GET; the change is refused with 412 if the resource changed since", example = "\"q1w2e3r4t5y6u7i8o9p0\"")
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull Retraction retraction) {
        return service.retract(Params.uuid("id", id), retraction.reason(), ifMatch);
    }
}
