package org.humstats.extract;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.humstats.common.BodyLimit;
import org.humstats.common.Keyset;
import org.humstats.common.PageRequest;
import org.humstats.common.Params;
import org.humstats.common.ProblemException;
import org.humstats.figure.FigureView;

@Path("/api/v1/extractions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Extractions", description = "From report text to reviewed figures: paste a report, get the figures it states "
        + "with the sentence that states each, and accept the good ones as figures that cite the report.")
public class ExtractionResource {

    private static final String ID_EXAMPLE = "01938c2e-6b5a-7f00-8a1b-2c3d4e5f6a7b";
    private static final String CANDIDATE_EXAMPLE = "01938c2e-7d4a-7b1c-9e2f-3a4b5c6d7e8f";

    @Inject
    ExtractionService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "apiKey")
    @BodyLimit(BodyLimit.Size.REPORT_TEXT)
    @Operation(summary = "Read a report",
            description = "Needs an editor key. Reads an English report and proposes the figures it states: metric, kind, value "
                    + "and bounds, qualifier, period (relative dates read from the document's published_on), place, source and "
                    + "person quoted, the breakdown the text gives, and the sentence with its position. Stores the extraction "
                    + "(and an embedded document) for review and answers 201; with `dry_run=true` stores nothing and answers "
                    + "200. Refused with nothing stored: empty or binary text (400), a body over 1 MiB (413), an unknown "
                    + "document_id (400). See docs/extraction.md for what is understood.")
    @APIResponse(responseCode = "201", description = "Stored; the candidates await review. Location points at the extraction")
    @APIResponse(responseCode = "200", description = "dry_run=true: the candidates, nothing stored")
    @APIResponse(responseCode = "400", description = "Empty or binary text, no document, unknown document_id, no publication date")
    @APIResponse(responseCode = "401", description = "No or unknown API key")
    @APIResponse(responseCode = "413", description = "The request body is over 1 MiB")
    public Response extract(
            @Parameter(description = "true: read and answer, store nothing (for trying and for evaluation)", example = "false")
            @QueryParam("dry_run") String dryRun,
            @Valid @NotNull ExtractionRequest request) {
        boolean dry = Params.bool("dry_run", dryRun, false);
        ExtractionView view = service.extract(request, dry);
        if (dry) {
            return Response.ok(view).build();
        }
        return Response.created(URI.create("/api/v1/extractions/" + view.id())).entity(view).build();
    }

    @GET
    @Operation(summary = "The review queue",
            description = "Extractions oldest first, without their text and candidates: `status=open` for those with candidates "
                    + "left to review, `reviewed` for the done ones.")
    @APIResponse(responseCode = "200", description = "A page of extractions")
    @APIResponse(responseCode = "400", description = "Unknown status or bad paging")
    public Response list(
            @Parameter(description = "open or reviewed", example = "open") @QueryParam("status") String status,
            @BeanParam PageRequest page, @Context UriInfo uri) {
        return Keyset.response(service.list(Params.choice("status", status, ExtractionStatus.class, null), page), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One extraction", description = "Its text, and every candidate with its review.")
    @APIResponse(responseCode = "200", description = "The extraction")
    @APIResponse(responseCode = "404", description = "No such extraction")
    public ExtractionView get(@Parameter(description = "Extraction id", example = ID_EXAMPLE) @PathParam("id") String id) {
        return service.find(Params.uuid("id", id)).orElseThrow(() -> ProblemException.notFound("extraction", id));
    }

    @POST
    @Path("/{id}/candidates/{cid}/acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "Accept a candidate as a figure",
            description = "Needs an editor key. Creates the figure the candidate proposes, with the corrections in the body "
                    + "(optional; a JSON merge patch: left out keeps, null clears), the extraction's document as citation and the "
                    + "sentence as quote. The figure is checked and logged like any figure entered by hand. A candidate counted "
                    + "in households is refused (422) until corrected to people: figures count people.")
    @RequestBody(description = "Optional corrections, as a JSON merge patch of the candidate", required = false,
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CandidateCorrections.class)))
    @APIResponse(responseCode = "201", description = "The figure created; Location points at it")
    @APIResponse(responseCode = "400", description = "The figure would be invalid; `errors` names each field")
    @APIResponse(responseCode = "404", description = "No such extraction or candidate")
    @APIResponse(responseCode = "409", description = "Accepted already, or the same figure is stored")
    @APIResponse(responseCode = "422", description = "The candidate counts households, which figures cannot store yet")
    public Response accept(@Parameter(description = "Extraction id", example = ID_EXAMPLE) @PathParam("id") String id,
                           @Parameter(description = "Candidate id", example = CANDIDATE_EXAMPLE) @PathParam("cid") String cid,
                           JsonNode corrections) {
        FigureView figure = service.accept(Params.uuid("id", id), Params.uuid("cid", cid), corrections);
        return Response.created(URI.create("/api/v1/figures/" + figure.id())).entity(figure).build();
    }

    @POST
    @Path("/{id}/candidates/{cid}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "Reject a candidate", description = "Needs an editor key. Keeps the candidate, marked rejected with "
            + "the reason. A rejected candidate can still be accepted later; an accepted one is withdrawn by retracting its figure.")
    @APIResponse(responseCode = "200", description = "The rejected candidate")
    @APIResponse(responseCode = "404", description = "No such extraction or candidate")
    @APIResponse(responseCode = "409", description = "Rejected already, or accepted (retract the figure instead)")
    public CandidateView reject(@Parameter(description = "Extraction id", example = ID_EXAMPLE) @PathParam("id") String id,
                                @Parameter(description = "Candidate id", example = CANDIDATE_EXAMPLE) @PathParam("cid") String cid,
                                @Valid @NotNull Rejection rejection) {
        return service.reject(Params.uuid("id", id), Params.uuid("cid", cid), rejection.reason());
    }
}
