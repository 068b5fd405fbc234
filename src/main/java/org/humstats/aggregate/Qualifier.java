package org.humstats.aggregate;

import com.fasterxml.jackson.annotation.JsonValue;

/** How the source phrased the number; drives the default bounds of rule 6 (docs/counting.md#6-bounds). */
public enum Qualifier {
    EXACT("exact"),
    APPROXIMATELY("approximately"),
    AT_LEAST("at_least"),
    AT_MOST("at_most"),
    RANGE("range");

    private final String wire;

    Qualifier(String wire) {
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
    public static Qualifier fromWire(String text) {
        return WireName.parse("qualifier", values(), text);
    }
}
