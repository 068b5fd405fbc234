package org.humstats.security;

import io.vertx.core.http.HttpServerRequest;
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
import org.humstats.common.PrivateAnswers;
import org.humstats.common.Problem;
import org.humstats.common.ProblemException;
import org.humstats.common.ProblemMappers;

/**
 * Who is calling, how often, and whether they may: a presented key is checked on every request (401 when it is
 * unknown, revoked or expired); each request then takes one from the caller's rate limit (the key's, or the client
 * address's without a key; 429 when it is used up); reads are public, every other method needs a key (401) with a
 * role large enough (403). Failed key checks count against the address, so guessing keys is throttled too.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
class WriteAccessFilter implements ContainerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    ResourceInfo resourceInfo;

    @Context
    HttpServerRequest connection;

    @Inject
    ApiKeyService keys;

    @Inject
    RateLimits rateLimits;

    @Inject
    Caller caller;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        boolean adminOnly = method != null && (method.isAnnotationPresent(AdminOnly.class)
                || method.getDeclaringClass().isAnnotationPresent(AdminOnly.class));
        if (adminOnly) {
            PrivateAnswers.mark(request);
        }
        boolean read = READS.contains(request.getMethod()) && !adminOnly;
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean bearer = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) && !header.substring(7).isBlank();
        ApiKeyService.KeyCheck check = bearer ? keys.check(header.substring(7).trim()) : null;
        if (check != null && check.accepted()) {
            caller.authenticate(check.key().id, check.key().role);
        }
        limitRate(request);
        if (check != null && !check.accepted()) {
            request.abortWith(unauthorized(check.refusal()));
            return;
        }
        if (read) {
            return;
        }
        if (caller.role() == null) {
            request.abortWith(unauthorized("This request changes data and needs an API key: "
                    + "send 'Authorization: Bearer <key>'. Ask an admin for an editor key."));
            return;
        }
        Role needed = adminOnly ? Role.ADMIN : Role.EDITOR;
        if (!caller.role().allows(needed)) {
            request.abortWith(ProblemMappers.response(new Problem("https://humstats.org/problems/forbidden", "Forbidden",
                    403, "This needs an " + needed.wire() + " key; yours is an " + caller.role().wire() + " key.", null)));
        }
    }

    private void limitRate(ContainerRequestContext request) {
        if (!rateLimits.enabled()) {
            return;
        }
        RateLimits.Allowance allowance = rateLimits.take(caller.keyId(), ClientAddress.of(connection));
        request.setProperty(RateLimits.Allowance.PROPERTY, allowance);
        if (!allowance.allowed()) {
            throw ProblemException.tooManyRequests("More than " + allowance.limit() + " requests in a minute "
                    + (caller.keyId() != null ? "with this API key" : "from this address without an API key")
                    + ". Try again in " + allowance.retryAfterSeconds() + " s; ask an admin for a key if you need more.",
                    (int) allowance.retryAfterSeconds());
        }
    }

    private static Response unauthorized(String detail) {
        return Response.fromResponse(ProblemMappers.response(new Problem("https://humstats.org/problems/unauthorized",
                        "Unauthorized", 401, detail, null)))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"humstats\"").build();
    }
}
