package org.humstats.common;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An enum whose values travel as lower-case words ({@code at_least}, {@code prefer_direct}) in JSON, CSV, query
 * strings and the database: the one way HumStats names enum values outside Java. Matching is exact, so a parameter
 * with a typo is refused with the list of what would have been accepted, never guessed at.
 */
public interface WireNamed {

    /** Enums repeat this with {@code @JsonValue} so that both Jackson and the OpenAPI scanner see the wire names. */
    @JsonValue
    default String wire() {
        return ((Enum<?>) this).name().toLowerCase();
    }

    /** The constant of {@code type} whose wire name is exactly {@code text}. */
    static <E extends Enum<E> & WireNamed> Optional<E> find(Class<E> type, String text) {
        for (E e : type.getEnumConstants()) {
            if (e.wire().equals(text)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * Like {@link #find}, for text that must name a constant.
     *
     * @throws IllegalArgumentException naming what was sent and every allowed value
     */
    static <E extends Enum<E> & WireNamed> E parse(Class<E> type, String text) {
        return find(type, text).orElseThrow(() ->
                new IllegalArgumentException("'" + text + "' is not one of: " + allowed(type)));
    }

    /** The wire names of {@code type}, comma-separated, for messages and documentation. */
    static String allowed(Class<? extends WireNamed> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireNamed::wire).collect(Collectors.joining(", "));
    }
}
