package org.humstats.aggregate;

import com.fasterxml.jackson.annotation.JsonValue;
import org.humstats.common.WireNamed;

/** What one aggregate row stands for. */
public enum GroupBy implements WireNamed {
    LOCATION,
    SOURCE,
    SOURCE_TYPE;

    @JsonValue
    @Override
    public String wire() {
        return WireNamed.super.wire();
    }
}
