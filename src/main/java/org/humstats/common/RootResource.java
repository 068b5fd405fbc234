package org.humstats.common;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A person who opens the bare address lands in Swagger UI. */
@Path("/")
public class RootResource {

    @GET
    @Operation(hidden = true)
    public Response root() {
        return Response.status(Response.Status.FOUND).location(URI.create("/q/swagger-ui/")).build();
    }
}
