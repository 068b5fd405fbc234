package org.humstats.figure;

import jakarta.persistence.Converter;
import org.humstats.common.WireConverter;
import org.humstats.common.WireNamed;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a number relates to time: a count at a moment (stock), new during a period (flow), or a running total since an origin (cumulative). */
public enum Kind implements WireNamed {
    STOCK, FLOW, CUMULATIVE;

    @JsonValue
    @Override
    public String wire() {
        return WireNamed.super.wire();
    }

    @Converter
    public static class Column extends WireConverter<Kind> {
        public Column() {
            super(Kind.class);
        }
    }
}
