package org.humstats.source;

import jakarta.persistence.Converter;
import org.humstats.common.WireConverter;

/** Stores a {@link SourceType} by its wire name. */
@Converter
class SourceTypeColumn extends WireConverter<SourceType> {
    SourceTypeColumn() {
        super(SourceType.class);
    }
}
