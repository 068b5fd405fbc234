package org.humstats.figure;

import jakarta.persistence.Converter;
import org.humstats.common.WireConverter;
import org.humstats.common.WireNamed;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where a figure stands: only reported and verified figures are counted by default. */
public enum FigureStatus implements WireNamed {
    REPORTED, VERIFIED, DISPUTED, RETRACTED;

    @JsonValue
    @Override
    public String wire() {
        return WireNamed.super.wire();
    }

    @Converter
    public static class Column extends WireConverter<FigureStatus> {
        public Column() {
            super(FigureStatus.class);
        }
    }
}
