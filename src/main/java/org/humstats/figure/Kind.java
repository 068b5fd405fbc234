package org.humstats.figure;

import com.fasterxml.jackson.annotation.JsonValue;
import org.humstats.common.WireNamed;

/**
 * How a number relates to time: a count at a moment (stock), new during a period (flow), or a running total since an
 * origin (cumulative). Shared by the figure model and the counting rules.
 */
public enum Kind implements WireNamed {
    STOCK, FLOW, CUMULATIVE;

    @JsonValue
    @Override
    public String wire() {
        return WireNamed.super.wire();
    }
}
