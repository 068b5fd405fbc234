package org.humstats.common;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;

/** An enum whose value travels as a lower-case word (e.g. {@code at_least}) in JSON, CSV, query strings and the database. */
public interface WireNamed {

    @JsonValue
    default String wire() {
        return ((Enum<?>) this).name().toLowerCase();
    }

    static String allowed(Class<? extends WireNamed> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireNamed::wire).collect(Collectors.joining(", "));
    }
}
