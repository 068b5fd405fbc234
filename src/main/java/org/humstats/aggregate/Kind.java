package org.humstats.aggregate;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a figure counts: a stock at a moment, a flow over a period, or a cumulative total since an origin. */
public enum Kind {
    STOCK("stock"),
    FLOW("flow"),
    CUMULATIVE("cumulative");

    private final String wire;

    Kind(String wire) {
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
    public static Kind fromWire(String text) {
        return WireName.parse("kind", values(), text);
    }
}
