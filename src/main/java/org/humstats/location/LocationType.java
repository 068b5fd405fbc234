package org.humstats.location;

import org.humstats.common.WireNamed;
import com.fasterxml.jackson.annotation.JsonValue;

public enum LocationType implements WireNamed {
    COUNTRY(0), ADMIN1(1), ADMIN2(2), ADMIN3(3), SETTLEMENT(null), AREA(null);

    @JsonValue
    @Override
    public String wire() {
        return WireNamed.super.wire();
    }

    /** The admin level this type implies; null for places outside the admin tree. */
    final Integer adminLevel;

    LocationType(Integer adminLevel) {
        this.adminLevel = adminLevel;
    }

    static LocationType ofAdminLevel(int level) {
        for (LocationType t : values()) {
            if (t.adminLevel != null && t.adminLevel == level) {
                return t;
            }
        }
        return null;
    }
}
