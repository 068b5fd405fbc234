package org.humstats.source;

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
    public SourceView update(@Parameter(description = "Source id", example = "un-ocha") @PathParam("id") String id,
                             @Parameter(description = "ETag from your last GET; the change is refused with 412 if the resource changed since", example = "\"q1w2e3r4t5y6u7i8o9p0\"")
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull SourceInput input) {
        tags.checkIfMatch(ifMatch, get(id));
        return service.update(id, input);
    }
}
