package org.humstats.aggregate;

import com.fasterxml.jackson.annotation.JsonValue;
import org.humstats.common.WireNamed;
import org.humstats.figure.Breakdown;

/** What one aggregate row stands for. */
public enum GroupBy implements WireNamed {
    LOCATION,
    SOURCE,
    SOURCE_TYPE,
    /** The parts of one breakdown dimension side by side (docs/counting.md#breakdowns). */
    SUBJECT,
    SEX,
    AGE,
    POPULATION_GROUP,
    SECTOR,
    CAUSE,
    UNIT;

    /** The breakdown dimension whose parts are the rows, or null when the rows are not parts. */
    Breakdown.Dimension dimension() {
        return switch (this) {
            case LOCATION, SOURCE, SOURCE_TYPE -> null;
            default -> Breakdown.Dimension.valueOf(name());
        };
    }

    @JsonValue
    @Override
    public String wire() {
        return WireNamed.super.wire();
    }
}
