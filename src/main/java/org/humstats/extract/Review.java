package org.humstats.extract;

import com.fasterxml.jackson.annotation.JsonValue;
import org.humstats.common.WireNamed;

/** An editor's decision on a candidate: not yet taken (proposed), accepted as a figure, or rejected with a reason. */
public enum Review implements WireNamed {
    PROPOSED, ACCEPTED, REJECTED;

    @JsonValue
    @Override
    public String wire() {
        return WireNamed.super.wire();
    }
}
