package org.humstats.source;

import org.humstats.common.WireNamed;
import com.fasterxml.jackson.annotation.JsonValue;

/** What kind of body produced an estimate; dashboards filter and group by it. */
public enum SourceType implements WireNamed {
    UN_AGENCY, NGO, GOVERNMENT, MILITARY, ARMED_GROUP, MONITORING_GROUP, MEDIA, ACADEMIC, OTHER;

    @JsonValue
    @Override
    public String wire() {
        return WireNamed.super.wire();
    }
}
