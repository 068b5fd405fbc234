package org.humstats.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Set;
import org.humstats.common.Problem;
import org.humstats.common.ProblemMappers;

/**
 * Reads are public; every other method needs {@code Authorization: Bearer <key>}:
 * 401 when the key is missing or unknown, 403 when its role is too small.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
class WriteAccessFilter implements ContainerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    ResourceInfo resourceInfo;

    @Inject
    ApiKeyService keys;

    @Inject
    Caller caller;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        boolean adminOnly = method != null && (method.isAnnotationPresent(AdminOnly.class)
                || method.getDeclaringClass().isAnnotationPresent(AdminOnly.class));
        if (READS.contains(request.getMethod()) && !adminOnly) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
            request.abortWith(unauthorized("This request changes data and needs an API key: "
                    + "send 'Authorization: Bearer <key>'. Ask an admin for an editor key."));
            return;
        }
        ApiKey key = keys.authenticate(header.substring(7).trim()).orElse(null);
        if (key == null) {
            request.abortWith(unauthorized("The API key is unknown or has been revoked."));
            return;
        }
        Role needed = adminOnly ? Role.ADMIN : Role.EDITOR;
        if (!key.role.allows(needed)) {
            request.abortWith(ProblemMappers.response(new Problem("https://humstats.org/problems/forbidden", "Forbidden",
                    403, "This needs an " + needed.wire() + " key; yours is an " + key.role.wire() + " key.", null)));
            return;
        }
        caller.authenticate(key.id, key.role);
    }

    private static Response unauthorized(String detail) {
        return Response.fromResponse(ProblemMappers.response(new Problem("https://humstats.org/problems/unauthorized",
                        "Unauthorized", 401, detail, null)))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"humstats\"").build();
    }
}
