package org.humstats.aggregate;

import com.fasterxml.jackson.annotation.JsonValue;
import org.humstats.common.WireNamed;

/** Which figures make a location's value (rule 5, docs/counting.md#5-geography). */
public enum Rollup implements WireNamed {
    DIRECT,
    CHILDREN,
    PREFER_DIRECT;

    @JsonValue
    @Override
    public String wire() {
        return WireNamed.super.wire();
    }
}
