package org.humstats.aggregate;

import com.fasterxml.jackson.annotation.JsonValue;
import org.humstats.common.WireNamed;

/** What an empty stock bucket shows in a time series (rule 7, docs/counting.md#7-time-series). */
public enum Fill implements WireNamed {
    NONE,
    PREVIOUS;

    @JsonValue
    @Override
    public String wire() {
        return WireNamed.super.wire();
    }
}
