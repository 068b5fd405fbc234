package org.humstats.ingest;

import com.fasterxml.jackson.annotation.JsonValue;
import org.humstats.common.WireNamed;

/** The file formats a figure import reads. */
public enum ImportFormat implements WireNamed {
    /** The CSV of an export (or any subset of its columns), read by header name. */
    CSV,
    /** CSV with a row of HXL hashtags under the header, read by hashtag: HumStats' own HXL export or HDX's wide files. */
    HXL,
    /** One FigureInput JSON object per line. */
    NDJSON;

    @JsonValue
    @Override
    public String wire() {
        return WireNamed.super.wire();
    }
}
