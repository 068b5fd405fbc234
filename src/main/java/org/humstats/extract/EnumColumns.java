package org.humstats.extract;

import jakarta.persistence.Converter;
import org.humstats.common.WireConverter;

/** How the review enums are stored: by their wire names. */
final class EnumColumns {

    private EnumColumns() {
    }

    @Converter
    static class StatusColumn extends WireConverter<ExtractionStatus> {
        StatusColumn() {
            super(ExtractionStatus.class);
        }
    }

    @Converter
    static class ReviewColumn extends WireConverter<Review> {
        ReviewColumn() {
            super(Review.class);
        }
    }
}
