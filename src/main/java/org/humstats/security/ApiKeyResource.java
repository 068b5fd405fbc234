package org.humstats.security;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.humstats.common.Page;
import org.humstats.common.Params;

@Path("/api/v1/keys")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
@SecurityRequirement(name = "apiKey")
@Tag(name = "API keys", description = "Admins hand out and revoke editor keys. Reading needs no key.")
public class ApiKeyResource {

    @Inject
    ApiKeyService service;

    /** What an admin sends to create a key. */
    public record KeyRequest(
            @Schema(description = "Who or what the key is for", example = "data desk", maxLength = 200)
            @NotBlank @Size(max = 200) String name,
            @Schema(description = "editor or admin", example = "editor")
            @NotNull Role role,
            @Schema(description = "When the key stops working (RFC 3339, in the future); leave out for a key that does not expire",
                    example = "2027-01-01T00:00:00Z")
            Instant expiresAt) {
    }

    @GET
    @Operation(summary = "List API keys", description = "All keys, revoked ones included, without the keys themselves.")
    public Page<ApiKeyService.KeyView> list() {
        List<ApiKeyService.KeyView> data = service.list();
        return new Page<>(data, new Page.Info(data.size(), null, null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an API key",
            description = "Creates an editor or admin key, optionally with an expiry (`expires_at`). The answer holds the key "
                    + "itself: it is shown this once and stored only as a hash, so copy it now.")
    @APIResponse(responseCode = "201", description = "The new key, shown once.")
    public Response create(@Valid @NotNull KeyRequest request) {
        ApiKeyService.NewKey key = service.create(request.name().trim(), request.role(), request.expiresAt());
        return Response.created(URI.create("/api/v1/keys/" + key.id())).entity(key).build();
    }

    @POST
    @Path("/{id}/revocation")
    @Operation(summary = "Revoke an API key", description = "The key stops working at once. Figures keep the key's id "
            + "in created_by / updated_by.")
    public ApiKeyService.KeyView revoke(@Parameter(description = "Key id", example = "5b0f5a52-3c43-4a8f-9d1e-2f3b9c0d7e11")
                                        @PathParam("id") String id) {
        return service.revoke(Params.uuid("id", id));
    }
}
