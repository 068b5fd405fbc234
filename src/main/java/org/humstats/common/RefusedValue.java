package org.humstats.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** A JSON value of the right type that cannot be stored ({@link StoredValues}); the message says why, for its field. */
public class RefusedValue extends InvalidFormatException {

    private final String reason;

    public RefusedValue(JsonParser p, String reason, Object value, Class<?> targetType) {
        super(p, reason, value, targetType);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
