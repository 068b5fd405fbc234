package org.humstats.extract;

import com.fasterxml.jackson.annotation.JsonValue;
import org.humstats.common.WireNamed;

/** Where an extraction stands in the review queue: some candidates still proposed (open), or none left (reviewed). */
public enum ExtractionStatus implements WireNamed {
    OPEN, REVIEWED;

    @JsonValue
    @Override
    public String wire() {
        return WireNamed.super.wire();
    }
}
