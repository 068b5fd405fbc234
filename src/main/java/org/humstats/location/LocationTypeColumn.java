package org.humstats.location;

import jakarta.persistence.Converter;
import org.humstats.common.WireConverter;

/** Stores a {@link LocationType} by its wire name. */
@Converter
class LocationTypeColumn extends WireConverter<LocationType> {
    LocationTypeColumn() {
        super(LocationType.class);
    }
}
