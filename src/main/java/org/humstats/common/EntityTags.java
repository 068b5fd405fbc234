package org.humstats.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Strong entity tags: a hash of the exact bytes of a representation, so a tag changes exactly when the
 * answer does. Writes compare the client's {@code If-Match} with the tag of the current representation.
 */
@ApplicationScoped
public class EntityTags {

    @Inject
    ObjectMapper json;

    public static String of(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] jsonBytes(Object entity) {
        try {
            return json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + entity.getClass().getSimpleName(), e);
        }
    }

    /** The tag a GET of this representation (as JSON) carries. */
    public String ofJson(Object entity) {
        return of(jsonBytes(entity));
    }

    /** True when an If-None-Match / If-Match header value names this tag (or is *). Weak prefixes are tolerated. */
    public static boolean matches(String header, String tag) {
        if (header == null) {
            return false;
        }
        for (String candidate : header.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || c.equals(tag) || c.equals("W/" + tag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Optimistic concurrency for writes: with an If-Match header that does not name the current representation,
     * the write is refused with 412 and nothing changes. Without the header the write goes ahead.
     */
    public void checkIfMatch(String ifMatch, Object current) {
        if (ifMatch != null && !matches(ifMatch, ofJson(current))) {
            throw new ProblemException(412, "precondition-failed", "Precondition Failed",
                    "The resource changed since you read it (If-Match does not match its current ETag). "
                            + "GET it again, re-apply your change and send the new ETag.", null);
        }
    }
}
