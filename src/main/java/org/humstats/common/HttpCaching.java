package org.humstats.common;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * HTTP caching for every GET of the API, aggregates and time series included: a strong ETag over the exact
 * body, 304 on a matching If-None-Match (or an If-Modified-Since not older than the last write),
 * Last-Modified from the data clock, and a configurable Cache-Control. Bulk exports stream and are not buffered.
 */
@Provider
class HttpCaching implements ContainerResponseFilter {

    /** The methods that change data, so that a success moves Last-Modified. */
    private static final java.util.Set<String> WRITES = java.util.Set.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    EntityTags tags;

    @Inject
    DataClock clock;

    /** Looked up per request: providers are created before the configuration mappings exist. */
    @Inject
    Instance<HumStatsConfig> config;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/")) {
            return;
        }
        if (PrivateAnswers.marked(request)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "private, no-store");
        }
        if (WRITES.contains(method)) {
            if (response.getStatus() < 300) {
                clock.touch();
            }
            return;
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            // OPTIONS (and anything else safe) changes nothing, and is answered on the I/O thread where the
            // database may not be touched.
            return;
        }
        if (response.getStatus() != 200 || response.getEntity() == null || path.startsWith("/api/v1/exports")) {
            return;
        }
        byte[] body = bytes(response);
        String etag = EntityTags.of(body);
        Instant lastModified = clock.lastChange();
        var headers = response.getHeaders();
        headers.putSingle(HttpHeaders.ETAG, etag);
        if (!PrivateAnswers.marked(request)) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, "public, max-age=" + config.get().cache().maxAge());
        }
        // The CORS headers name the caller's Origin, so a shared cache must keep one answer per origin.
        headers.putSingle(HttpHeaders.VARY, "Accept, Origin");
        if (lastModified != null) {
            headers.putSingle(HttpHeaders.LAST_MODIFIED, DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    lastModified.truncatedTo(ChronoUnit.SECONDS).atZone(ZoneOffset.UTC)));
        }
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        boolean notModified = ifNoneMatch != null ? EntityTags.matches(ifNoneMatch, etag)
                : unchangedSince(request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE), lastModified);
        if (notModified) {
            response.setStatus(304);
            response.setEntity(null);
            headers.remove(HttpHeaders.CONTENT_TYPE);
            return;
        }
        response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
    }

    /** The body exactly as it will be sent, so the tag is of those bytes. */
    private byte[] bytes(ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity instanceof byte[] b) {
            return b;
        }
        if (entity instanceof String s) {
            return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        if (entity instanceof StreamingOutput stream) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                stream.write(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
        MediaType type = response.getMediaType();
        if (type != null && !type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.getSubtype().endsWith("+json")) {
            throw new IllegalStateException("no byte form for " + type);
        }
        return tags.jsonBytes(entity);
    }

    private static boolean unchangedSince(String ifModifiedSince, Instant lastModified) {
        if (ifModifiedSince == null || lastModified == null) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(since);
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
