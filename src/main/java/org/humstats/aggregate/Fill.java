package org.humstats.aggregate;

import com.fasterxml.jackson.annotation.JsonValue;

/** What an empty stock bucket shows in a time series (rule 7, docs/counting.md#7-time-series). */
public enum Fill {
    NONE("none"),
    PREVIOUS("previous");

    private final String wire;

    Fill(String wire) {
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
    public static Fill fromWire(String text) {
        return WireName.parse("fill", values(), text);
    }
}
