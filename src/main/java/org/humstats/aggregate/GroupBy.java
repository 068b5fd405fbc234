package org.humstats.aggregate;

import com.fasterxml.jackson.annotation.JsonValue;

/** What one aggregate row stands for. */
public enum GroupBy {
    LOCATION("location"),
    SOURCE("source"),
    SOURCE_TYPE("source_type");

    private final String wire;

    GroupBy(String wire) {
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
    public static GroupBy fromWire(String text) {
        return WireName.parse("group_by", values(), text);
    }
}
