package org.humstats.common;

import java.util.Arrays;
import java.util.stream.Collectors;

/** An enum whose value travels as a lower-case word (e.g. {@code at_least}) in JSON, CSV, query strings and the database. */
public interface WireNamed {

    /** Enums repeat this with {@code @JsonValue} so that both Jackson and the OpenAPI scanner see the wire names. */
    default String wire() {
        return ((Enum<?>) this).name().toLowerCase();
    }

    static String allowed(Class<? extends WireNamed> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireNamed::wire).collect(Collectors.joining(", "));
    }
}
