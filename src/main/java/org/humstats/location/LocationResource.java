package org.humstats.location;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.humstats.common.RoundTrips;
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
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.humstats.common.BodyLimit;
import org.humstats.common.EntityTags;
import org.humstats.common.Keyset;
import org.humstats.common.PageRequest;
import org.humstats.common.Params;
import org.humstats.common.ProblemException;

@Path("/api/v1/locations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Locations", description = "The gazetteer: countries (ISO3), admin areas (OCHA P-codes), settlements and areas, "
        + "with aliases. Search by any spelling.")
public class LocationResource {

    @Inject
    LocationService service;

    @Inject
    GazetteerImport gazetteerImport;

    @Inject
    EntityTags tags;

    @Inject
    RoundTrips roundTrips;

    @GET
    @Operation(summary = "Find locations",
            description = "Locations ordered by code. `q` finds a place by its name, any alias or its code, ignoring case and "
                    + "accents: `q=albu kamal`, `q=Al-Bukamal` and `q=SY0902` all find Abu Kamal district.")
    @APIResponse(responseCode = "200", description = "A page of locations")
    public Response list(
            @Parameter(description = "Name, alias or code; case- and accent-insensitive, matches part of a name", example = "albu kamal")
            @QueryParam("q") String q,
            @Parameter(description = "ISO3 of the country", example = "SYR") @QueryParam("country") String country,
            @Parameter(description = "Admin level: 0 country, 1 governorate/province, 2 district, 3 sub-district", example = "1")
            @QueryParam("admin_level") String adminLevel,
            @Parameter(description = "Only the direct children of this location", example = "SY09") @QueryParam("parent") String parent,
            @Parameter(description = "country, admin1, admin2, admin3, settlement or area", example = "admin2")
            @QueryParam("type") String type,
            @BeanParam PageRequest page, @Context UriInfo uri) {
        Integer level = Params.optionalInteger("admin_level", adminLevel);
        if (level != null && (level < 0 || level > 3)) {
            throw ProblemException.invalidParameter("admin_level", "must be 0, 1, 2 or 3");
        }
        LocationService.Query query = new LocationService.Query(q, country, level, parent,
                Params.choice("type", type, LocationType.class, null));
        return Keyset.response(service.list(query, page), uri);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Get a location with its ancestors",
            description = "One location, its aliases, and its `ancestors` from the country down to its parent.")
    @APIResponse(responseCode = "200", description = "The location")
    @APIResponse(responseCode = "404", description = "No such location")
    public LocationView get(@Parameter(description = "ISO3, P-code or slug", example = "SY0902") @PathParam("code") String code) {
        return service.find(code).orElseThrow(() -> ProblemException.notFound("location", code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "Add a location", description = "Needs an editor key. An admin area's parent must exist one admin level up.")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "The code is taken")
    public Response create(@Valid @NotNull LocationInput input) {
        LocationView created = service.create(input);
        return Response.created(URI.create("/api/v1/locations/" + created.code())).entity(created).build();
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "Change a location", description = "Replaces name, aliases, parent and coordinates. Moving a location "
            + "to another parent moves everything beneath it. Needs an editor key.")
    @APIResponse(responseCode = "200", description = "The changed location")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @RequestBody(required = true, description = "The location as GET gave it, changed where it should change. The fields the "
            + "server keeps (created_at, updated_at, version, ancestors) may be sent back unchanged or left out; a changed one "
            + "is refused, and every such field is named in one answer.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LocationInput.class)))
    public LocationView update(@Parameter(description = "ISO3, P-code or slug", example = "SY0902") @PathParam("code") String code,
                               @Parameter(description = "ETag from your last GET; the change is refused with 412 if the resource changed since", example = "\"q1w2e3r4t5y6u7i8o9p0\"")
            @HeaderParam("If-Match") String ifMatch,
            @NotNull JsonNode body) {
        LocationView current = get(code);
        tags.checkIfMatch(ifMatch, current);
        LocationInput input = roundTrips.replacement(body, current, LocationInput.class, Set.of("code"), Set.of());
        if (roundTrips.unchanged(input, current)) {
            return current;
        }
        return service.update(code, input);
    }

    @PATCH
    @Path("/{code}")
    @Consumes(RoundTrips.MERGE_PATCH)
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "Change some fields of a location",
            description = "A JSON merge patch (RFC 7396, `Content-Type: application/merge-patch+json`): the fields given replace "
                    + "the stored ones, `null` removes an optional field (a required one cannot be removed), the rest stays as "
                    + "it is. The result is checked as a PUT is. Needs an editor key.")
    @RequestBody(required = true, description = "The fields to change",
            content = @Content(mediaType = RoundTrips.MERGE_PATCH, schema = @Schema(implementation = LocationInput.class)))
    @APIResponse(responseCode = "200", description = "The changed location")
    @APIResponse(responseCode = "404", description = "No such location")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public LocationView patch(@Parameter(description = "ISO3, P-code or slug", example = "SY0902") @PathParam("code") String code,
                            @Parameter(description = "ETag from your last GET; the change is refused with 412 if the resource changed since", example = "\"q1w2e3r4t5y6u7i8o9p0\"")
            @HeaderParam("If-Match") String ifMatch,
            @NotNull JsonNode patch) {
        LocationView current = get(code);
        tags.checkIfMatch(ifMatch, current);
        LocationInput input = roundTrips.merged(patch, current, LocationInput.class, Set.of("code"), Set.of());
        if (roundTrips.unchanged(input, current)) {
            return current;
        }
        return service.update(code, input);
    }

    @POST
    @Path("/imports")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @BodyLimit(BodyLimit.Size.GAZETTEER)
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "Import OCHA's global P-code list",
            description = "Loads a CSV with the header `Location,Admin Level,P-Code,Name,Parent P-Code,Valid from date` "
                    + "(OCHA's global P-code list, e.g. global-pcodes-adm-1-2.csv): countries are created from their ISO3 codes "
                    + "with their English names, and admin areas beneath them. Rows already present are updated (a renamed area keeps "
                    + "its old name as an alias). All or nothing: a file with any bad row stores nothing, and the answer lists every "
                    + "bad row. Up to 64 MiB. Needs an editor key.")
    @RequestBody(description = "The CSV file")
    @APIResponse(responseCode = "200", description = "What was created, updated and left unchanged")
    @APIResponse(responseCode = "400", description = "The file was rejected; `errors` lists row, column and message")
    public GazetteerImport.Result importPcodes(
            @Parameter(description = "`true` checks the file and counts what would change, storing nothing", example = "false")
            @QueryParam("dry_run") String dryRun,
            InputStream body) {
        return gazetteerImport.load(new InputStreamReader(body, StandardCharsets.UTF_8), Params.bool("dry_run", dryRun, false));
    }
}
