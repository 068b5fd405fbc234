package org.humstats.aggregate;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Parses the lowercase wire names of this package's enums. Matching is exact: an API parameter
 * with a typo must be rejected with a message that lists what would have been accepted.
 */
final class WireName {

    private WireName() {
    }

    static <E extends Enum<E>> E parse(String parameter, E[] values, String text) {
        for (E value : values) {
            if (value.toString().equals(text)) {
                return value;
            }
        }
        String allowed = Arrays.stream(values).map(Object::toString).collect(Collectors.joining(", "));
        throw new IllegalArgumentException(
                "unknown " + parameter + " '" + text + "'; allowed values: " + allowed);
    }
}
