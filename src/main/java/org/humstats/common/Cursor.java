package org.humstats.common;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * An opaque keyset cursor: the sort key values of the last row of a page, so that the next page
 * starts strictly after it. Rows inserted meanwhile never shift a page, so nothing repeats or is skipped.
 * The first value names the sort order, so a cursor cannot be replayed against another order.
 */
public record Cursor(List<String> values) {

    private static final char SEP = '\u001f';

    public static Cursor of(String... values) {
        return new Cursor(List.of(values));
    }

    public String encode() {
        String joined = String.join(String.valueOf(SEP), values);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /** @param expectedParts how many values a valid cursor of this endpoint carries */
    public static Cursor decode(String token, int expectedParts) {
        return decode(token, expectedParts, "cursor");
    }

    public static Cursor decode(String token, int expectedParts, String parameter) {
        return decode(token, List.of(expectedParts), parameter);
    }

    /** @param allowedParts the numbers of values a valid cursor may carry (an endpoint may accept an older form) */
    public static Cursor decode(String token, List<Integer> allowedParts, String parameter) {
        try {
            String joined = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            List<String> parts = Arrays.asList(joined.split(String.valueOf(SEP), -1));
            if (!allowedParts.contains(parts.size())) {
                throw new IllegalArgumentException();
            }
            return new Cursor(parts);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter(parameter,
                    "not a cursor from this endpoint; use page.next_cursor of the previous page as it is");
        }
    }

    public String get(int i) {
        return values.get(i);
    }
}
