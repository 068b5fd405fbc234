package org.humstats.figure;

import com.fasterxml.jackson.annotation.JsonValue;
import org.humstats.common.WireNamed;

/**
 * How the source hedged the number: "more than" is at_least, "up to" is at_most, "20,000 to 50,000" is a range. The
 * counting rules derive a figure's default bounds from it (rule 6, docs/counting.md#6-bounds).
 */
public enum Qualifier implements WireNamed {
    EXACT, APPROXIMATELY, AT_LEAST, AT_MOST, RANGE;

    @JsonValue
    @Override
    public String wire() {
        return WireNamed.super.wire();
    }
}
