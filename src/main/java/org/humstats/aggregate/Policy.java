package org.humstats.aggregate;

import com.fasterxml.jackson.annotation.JsonValue;

/** How one value is chosen among several sources for the same location (rule 4, docs/counting.md#4-across-sources). */
public enum Policy {
    PREFERRED("preferred"),
    MAX("max"),
    MIN("min"),
    MEDIAN("median"),
    MEAN("mean");

    private final String wire;

    Policy(String wire) {
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
    public static Policy fromWire(String text) {
        return WireName.parse("policy", values(), text);
    }
}
