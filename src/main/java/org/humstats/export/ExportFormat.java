package org.humstats.export;

import com.fasterxml.jackson.annotation.JsonValue;
import org.humstats.common.WireNamed;

/** The file formats of a figure export. */
enum ExportFormat implements WireNamed {
    CSV, HXL, NDJSON;

    @JsonValue
    @Override
    public String wire() {
        return WireNamed.super.wire();
    }
}
