package org.humstats.common;

import jakarta.persistence.AttributeConverter;

/**
 * Stores a {@link WireNamed} enum by its wire name, so the database reads like the API. Each entity's package declares
 * the converters of its enums, so the enums themselves stay free of persistence (the counting rules use them too).
 */
public abstract class WireConverter<E extends Enum<E> & WireNamed> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected WireConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.wire();
    }

    @Override
    public E convertToEntityAttribute(String text) {
        return text == null ? null : WireNamed.find(type, text).orElseThrow(() ->
                new IllegalStateException("Stored value '" + text + "' is not one of " + WireNamed.allowed(type)));
    }
}
