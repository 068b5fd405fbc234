package org.humstats.aggregate;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which figures make a location's value (rule 5, docs/counting.md#5-geography). */
public enum Rollup {
    DIRECT("direct"),
    CHILDREN("children"),
    PREFER_DIRECT("prefer_direct");

    private final String wire;

    Rollup(String wire) {
        this.wire = wire;
    }

    /** The lowercase name used in JSON, CSV and query parameters. */
    @JsonValue
    public String wire() {
        return wire;
    }

    @Override
    public String toString() {
        return wire;
    }

    /** Parses a wire name; throws {@link IllegalArgumentException} listing the allowed values. */
    public static Rollup fromWire(String text) {
        return WireName.parse("rollup", values(), text);
    }
}
