package org.humstats.figure;

import jakarta.persistence.Converter;
import org.humstats.common.WireConverter;
import org.humstats.common.WireNamed;
import com.fasterxml.jackson.annotation.JsonValue;

/** How exactly the source dated the figure ("in recent weeks" is approximate). */
public enum DatePrecision implements WireNamed {
    DAY, MONTH, YEAR, APPROXIMATE;

    @JsonValue
    @Override
    public String wire() {
        return WireNamed.super.wire();
    }

    @Converter
    public static class Column extends WireConverter<DatePrecision> {
        public Column() {
            super(DatePrecision.class);
        }
    }
}
