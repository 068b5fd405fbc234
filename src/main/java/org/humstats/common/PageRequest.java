package org.humstats.common;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Paging parameters shared by every list endpoint. */
public class PageRequest {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 10_000;

    @QueryParam("limit")
    @Parameter(description = "Rows per page: 1 to 10000, default 100. A larger value is a 400, never silently reduced.",
            example = "100")
    public String limit;

    @QueryParam("cursor")
    @Parameter(description = "Opaque cursor from `page.next_cursor` of the previous page (also in the `Link: rel=\"next\"` "
            + "header). Leave it out for the first page.", example = "cGVyaW9kX2VuZB8yMDE3LTExLTA4HzVlZWQwZjAwLTAwMDAtNDAwMC04MDAwLTAwMDAwMDAwMDAwMQ")
    public String cursor;

    @QueryParam("with_total")
    @Parameter(description = "`true` adds `page.total`, the number of rows matching the filters (costs one more count).",
            example = "false")
    public String withTotal;

    public int limit() {
        return parseLimit(limit);
    }

    /** The paging rule of every list: default 100, at most 10000, never silently clamped. */
    public static int parseLimit(String limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        int n = Params.integer("limit", limit);
        if (n < 1 || n > MAX_LIMIT) {
            throw ProblemException.invalidParameter("limit", "must be between 1 and " + MAX_LIMIT + ", got " + n);
        }
        return n;
    }

    public boolean withTotal() {
        return Params.bool("with_total", withTotal, false);
    }
}
