package org.humstats.aggregate;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import org.humstats.common.ProblemException;

/** Turns the text of aggregate and time-series parameters into the counting module's types, naming the parameter on error. */
final class CountingParams {

    private CountingParams() {
    }

    static <T> T choice(String name, String text, Function<String, T> parse, T fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return parse.apply(text.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter(name, e.getMessage());
        }
    }

    /**
     * Rule 1 (docs/counting.md#1-counted-statuses): reported and verified unless the request widens it, e.g.
     * {@code status=reported,verified,disputed}.
     */
    static Set<Status> statuses(String text) {
        if (text == null || text.isBlank()) {
            return Status.COUNTED_BY_DEFAULT;
        }
        Set<Status> set = EnumSet.noneOf(Status.class);
        Arrays.stream(text.split(",")).map(String::trim).forEach(s -> set.add(choice("status", s, Status::fromWire, null)));
        return set;
    }
}
