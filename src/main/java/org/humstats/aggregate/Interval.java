package org.humstats.aggregate;

import com.fasterxml.jackson.annotation.JsonValue;

/** Calendar-aligned bucket size of a time series (rule 7, docs/counting.md#7-time-series). */
public enum Interval {
    DAY("day"),
    WEEK("week"),
    MONTH("month"),
    QUARTER("quarter"),
    YEAR("year");

    private final String wire;

    Interval(String wire) {
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
    public static Interval fromWire(String text) {
        return WireName.parse("interval", values(), text);
    }
}
