package org.humstats.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Tells every API answer, errors and 429 included, how much of its rate limit the caller has left (the IETF
 * RateLimit header fields): the limit per minute, what remains, and the seconds until the allowance is full again.
 */
@Provider
class RateLimitHeaders implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(RateLimits.Allowance.PROPERTY) instanceof RateLimits.Allowance a) {
            var headers = response.getHeaders();
            headers.putSingle("RateLimit-Limit", a.limit());
            headers.putSingle("RateLimit-Remaining", a.remaining());
            headers.putSingle("RateLimit-Reset", a.resetSeconds());
            headers.putSingle("RateLimit-Policy", a.limit() + ";w=60");
        }
    }
}
