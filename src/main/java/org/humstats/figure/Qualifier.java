package org.humstats.figure;

import jakarta.persistence.Converter;
import org.humstats.common.WireConverter;
import org.humstats.common.WireNamed;
import com.fasterxml.jackson.annotation.JsonValue;

/** How the source hedged the number: "more than" is at_least, "up to" is at_most, "20,000 to 50,000" is a range. */
public enum Qualifier implements WireNamed {
    EXACT, APPROXIMATELY, AT_LEAST, AT_MOST, RANGE;

    @JsonValue
    @Override
    public String wire() {
        return WireNamed.super.wire();
    }

    @Converter
    public static class Column extends WireConverter<Qualifier> {
        public Column() {
            super(Qualifier.class);
        }
    }
}
