package org.humstats.security;

import com.fasterxml.jackson.annotation.JsonValue;
import org.humstats.common.WireNamed;

/** What a key may do. Reads need no key at all. */
public enum Role implements WireNamed {
    /** Create and change figures, documents, locations and sources, and import. */
    EDITOR,
    /** Everything an editor may do, and manage API keys. */
    ADMIN;

    @JsonValue
    @Override
    public String wire() {
        return WireNamed.super.wire();
    }

    boolean allows(Role needed) {
        return this == ADMIN || needed == EDITOR;
    }
}
