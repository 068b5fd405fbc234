package org.humstats.figure;

import com.fasterxml.jackson.annotation.JsonValue;
import org.humstats.common.WireNamed;

/** How exactly the source dated the figure ("in recent weeks" is approximate). */
public enum DatePrecision implements WireNamed {
    DAY, MONTH, YEAR, APPROXIMATE;

    @JsonValue
    @Override
    public String wire() {
        return WireNamed.super.wire();
    }
}
