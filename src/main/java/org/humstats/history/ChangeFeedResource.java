package org.humstats.history;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.humstats.common.Page;
import org.humstats.common.PageRequest;

@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Change feed", description = "For partner systems that sync on a schedule: every change to a figure, once, in commit order.")
public class ChangeFeedResource {

    @Inject
    ChangeFeed feed;

    @GET
    @Operation(summary = "Changes since a cursor",
            description = "Every create, update and retraction of a figure, in the order they were committed, each with the figure as "
                    + "it was right after the change. Store `page.next_cursor` and send it back as `since` next time: you get "
                    + "exactly the changes committed after it, never one twice and never one missed, also while several editors "
                    + "write at once. `next_cursor` is always present; an empty page means you are up to date. Without `since`, "
                    + "the feed starts at the very first change.")
    @APIResponse(responseCode = "200", description = "A page of changes")
    @APIResponse(responseCode = "400", description = "A cursor that is not from this feed, or a bad limit")
    public Response changes(
            @Parameter(description = "`page.next_cursor` of the previous call; leave out to start from the beginning",
                    example = "Y2hhbmdlcx8xMjM") @QueryParam("since") String since,
            @Parameter(description = "Changes per page: 1 to 10000, default 100", example = "100") @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        int n = PageRequest.parseLimit(limit);
        ChangeFeed.Result result = feed.since(since, n);
        Response.ResponseBuilder ok = Response.ok(new Page<>(result.data(), new Page.Info(n, result.nextCursor(), null)));
        if (result.data().size() == n) {
            ok.header("Link", "<" + uri.getRequestUriBuilder().replaceQueryParam("since", result.nextCursor()).build() + ">; rel=\"next\"");
        }
        return ok.build();
    }
}
