package org.humstats.document;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.humstats.common.RoundTrips;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import java.util.Set;
import jakarta.ws.rs.PATCH;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.humstats.common.EntityTags;
import org.humstats.common.Keyset;
import org.humstats.common.PageRequest;
import org.humstats.common.Params;
import org.humstats.common.ProblemException;

@Path("/api/v1/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents", description = "Where figures were published: reports, briefings, articles. The citation of a figure.")
public class DocumentResource {

    private static final String ID_EXAMPLE = "0b6f3c0e-8d7a-4a51-9c55-1d7e2f0a9b11";

    @Inject
    DocumentService service;

    @Inject
    EntityTags tags;

    @Inject
    RoundTrips roundTrips;

    @GET
    @Operation(summary = "List documents", description = "Documents, optionally by publisher or words in the title.")
    @APIResponse(responseCode = "200", description = "A page of documents")
    public Response list(
            @Parameter(description = "Source id of the publisher", example = "the-new-arab") @QueryParam("publisher") String publisher,
            @Parameter(description = "Words in the title (case-insensitive)", example = "Albu Kamal") @QueryParam("q") String q,
            @BeanParam PageRequest page, @Context UriInfo uri) {
        return Keyset.response(service.list(publisher, q, page), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a document")
    @APIResponse(responseCode = "200", description = "The document")
    @APIResponse(responseCode = "404", description = "No such document")
    public DocumentView get(@Parameter(description = "Document id", example = ID_EXAMPLE) @PathParam("id") String id) {
        return service.find(Params.uuid("id", id)).orElseThrow(() -> ProblemException.notFound("document", id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "Create a document", description = "Needs an editor key. The publisher must be a known source.")
    @APIResponse(responseCode = "201", description = "Created")
    public Response create(@Valid @NotNull DocumentInput input) {
        DocumentView created = service.create(input);
        return Response.created(URI.create("/api/v1/documents/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "Change a document", description = "Replaces the document's fields. Needs an editor key.")
    @APIResponse(responseCode = "200", description = "The changed document")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @RequestBody(required = true, description = "The document as GET gave it, changed where it should change. The fields the "
            + "server keeps (created_at, updated_at, version) may be sent back unchanged or left out; a changed one "
            + "is refused, and every such field is named in one answer.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentInput.class)))
    public DocumentView update(@Parameter(description = "Document id", example = ID_EXAMPLE) @PathParam("id") String id,
                               @Parameter(description = "ETag from your last GET; the change is refused with 412 if the resource changed since", example = "\"q1w2e3r4t5y6u7i8o9p0\"")
            @HeaderParam("If-Match") String ifMatch,
            @NotNull JsonNode body) {
        DocumentView current = get(id);
        tags.checkIfMatch(ifMatch, current);
        DocumentInput input = roundTrips.replacement(body, current, DocumentInput.class, Set.of("id"), Set.of());
        if (roundTrips.unchanged(input, current)) {
            return current;
        }
        return service.update(Params.uuid("id", id), input);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(RoundTrips.MERGE_PATCH)
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "Change some fields of a document",
            description = "A JSON merge patch (RFC 7396, `Content-Type: application/merge-patch+json`): the fields given replace "
                    + "the stored ones, `null` removes an optional field (a required one cannot be removed), the rest stays as "
                    + "it is. The result is checked as a PUT is. Needs an editor key.")
    @RequestBody(required = true, description = "The fields to change",
            content = @Content(mediaType = RoundTrips.MERGE_PATCH, schema = @Schema(implementation = DocumentInput.class)))
    @APIResponse(responseCode = "200", description = "The changed document")
    @APIResponse(responseCode = "404", description = "No such document")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public DocumentView patch(@Parameter(description = "Document id", example = ID_EXAMPLE) @PathParam("id") String id,
                            @Parameter(description = "ETag from your last GET; the change is refused with 412 if the resource changed since", example = "\"q1w2e3r4t5y6u7i8o9p0\"")
            @HeaderParam("If-Match") String ifMatch,
            @NotNull JsonNode patch) {
        DocumentView current = get(id);
        tags.checkIfMatch(ifMatch, current);
        DocumentInput input = roundTrips.merged(patch, current, DocumentInput.class, Set.of("id"), Set.of());
        if (roundTrips.unchanged(input, current)) {
            return current;
        }
        return service.update(Params.uuid("id", id), input);
    }
}
