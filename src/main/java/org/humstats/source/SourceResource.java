package org.humstats.source;

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

@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources", description = "Who produced each estimate: UN agencies, NGOs, governments, militaries, monitors, media.")
public class SourceResource {

    @Inject
    SourceService service;

    @Inject
    EntityTags tags;

    @Inject
    RoundTrips roundTrips;

    @GET
    @Operation(summary = "List sources", description = "Sources ordered by id, optionally filtered by type or a text search.")
    @APIResponse(responseCode = "200", description = "A page of sources")
    public Response list(
            @Parameter(description = "Only sources of this type", example = "un_agency") @QueryParam("type") String type,
            @Parameter(description = "Text in the id, name, acronym or an alias (case-insensitive)", example = "ocha") @QueryParam("q") String q,
            @BeanParam PageRequest page, @Context UriInfo uri) {
        return Keyset.response(service.list(Params.choice("type", type, SourceType.class, null), q, page), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a source")
    @APIResponse(responseCode = "200", description = "The source")
    @APIResponse(responseCode = "404", description = "No such source")
    public SourceView get(@Parameter(description = "Source id", example = "un-ocha") @PathParam("id") String id) {
        return service.find(id).orElseThrow(() -> ProblemException.notFound("source", id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "Create a source", description = "Needs an editor key. The id is a slug chosen by the editor.")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "A source with this id exists")
    public Response create(@Valid @NotNull SourceInput input) {
        SourceView created = service.create(input);
        return Response.created(URI.create("/api/v1/sources/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "Change a source", description = "Replaces the source's fields. Needs an editor key.")
    @APIResponse(responseCode = "200", description = "The changed source")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @RequestBody(required = true, description = "The source as GET gave it, changed where it should change. The fields the "
            + "server keeps (created_at, updated_at, version) may be sent back unchanged or left out; a changed one "
            + "is refused, and every such field is named in one answer.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceInput.class)))
    public SourceView update(@Parameter(description = "Source id", example = "un-ocha") @PathParam("id") String id,
                             @Parameter(description = "ETag from your last GET; the change is refused with 412 if the resource changed since", example = "\"q1w2e3r4t5y6u7i8o9p0\"")
            @HeaderParam("If-Match") String ifMatch,
            @NotNull JsonNode body) {
        SourceView current = get(id);
        tags.checkIfMatch(ifMatch, current);
        SourceInput input = roundTrips.replacement(body, current, SourceInput.class, Set.of("id"), Set.of());
        if (roundTrips.unchanged(input, current)) {
            return current;
        }
        return service.update(id, input);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(RoundTrips.MERGE_PATCH)
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "Change some fields of a source",
            description = "A JSON merge patch (RFC 7396, `Content-Type: application/merge-patch+json`): the fields given replace "
                    + "the stored ones, `null` removes an optional field (a required one cannot be removed), the rest stays as "
                    + "it is. The result is checked as a PUT is. Needs an editor key.")
    @RequestBody(required = true, description = "The fields to change",
            content = @Content(mediaType = RoundTrips.MERGE_PATCH, schema = @Schema(implementation = SourceInput.class)))
    @APIResponse(responseCode = "200", description = "The changed source")
    @APIResponse(responseCode = "404", description = "No such source")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public SourceView patch(@Parameter(description = "Source id", example = "un-ocha") @PathParam("id") String id,
                            @Parameter(description = "ETag from your last GET; the change is refused with 412 if the resource changed since", example = "\"q1w2e3r4t5y6u7i8o9p0\"")
            @HeaderParam("If-Match") String ifMatch,
            @NotNull JsonNode patch) {
        SourceView current = get(id);
        tags.checkIfMatch(ifMatch, current);
        SourceInput input = roundTrips.merged(patch, current, SourceInput.class, Set.of("id"), Set.of());
        if (roundTrips.unchanged(input, current)) {
            return current;
        }
        return service.update(id, input);
    }
}
