package org.humstats.aggregate;

import com.fasterxml.jackson.annotation.JsonValue;
import org.humstats.common.WireNamed;

/** Calendar-aligned bucket size of a time series (rule 7, docs/counting.md#7-time-series). */
public enum Interval implements WireNamed {
    DAY,
    WEEK,
    MONTH,
    QUARTER,
    YEAR;

    @JsonValue
    @Override
    public String wire() {
        return WireNamed.super.wire();
    }
}
