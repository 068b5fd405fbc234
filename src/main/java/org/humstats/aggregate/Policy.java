package org.humstats.aggregate;

import com.fasterxml.jackson.annotation.JsonValue;
import org.humstats.common.WireNamed;

/** How one value is chosen among several sources for the same location (rule 4, docs/counting.md#4-across-sources). */
public enum Policy implements WireNamed {
    PREFERRED,
    MAX,
    MIN,
    MEDIAN,
    MEAN;

    @JsonValue
    @Override
    public String wire() {
        return WireNamed.super.wire();
    }
}
