package org.humstats.figure;

import jakarta.persistence.Converter;
import org.humstats.common.WireConverter;

/** How the figure's enums are stored: by their wire names. */
final class EnumColumns {

    private EnumColumns() {
    }

    @Converter
    static class KindColumn extends WireConverter<Kind> {
        KindColumn() {
            super(Kind.class);
        }
    }

    @Converter
    static class QualifierColumn extends WireConverter<Qualifier> {
        QualifierColumn() {
            super(Qualifier.class);
        }
    }

    @Converter
    static class DatePrecisionColumn extends WireConverter<DatePrecision> {
        DatePrecisionColumn() {
            super(DatePrecision.class);
        }
    }

    @Converter
    static class StatusColumn extends WireConverter<FigureStatus> {
        StatusColumn() {
            super(FigureStatus.class);
        }
    }
}
