package org.humstats.history;

import com.fasterxml.jackson.annotation.JsonValue;
import org.humstats.common.WireNamed;

/** What happened to a figure. */
public enum ChangeType implements WireNamed {
    CREATED, UPDATED, RETRACTED;

    @JsonValue
    @Override
    public String wire() {
        return WireNamed.super.wire();
    }
}
