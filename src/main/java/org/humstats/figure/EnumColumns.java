package org.humstats.figure;

import jakarta.persistence.Converter;
import org.humstats.common.WireConverter;

/** How the figure's enums are stored: by their wire names (also by other entities that hold them). */
public final class EnumColumns {

    private EnumColumns() {
    }

    @Converter
    public static class KindColumn extends WireConverter<Kind> {
        public KindColumn() {
            super(Kind.class);
        }
    }

    @Converter
    public static class QualifierColumn extends WireConverter<Qualifier> {
        public QualifierColumn() {
            super(Qualifier.class);
        }
    }

    @Converter
    public static class DatePrecisionColumn extends WireConverter<DatePrecision> {
        public DatePrecisionColumn() {
            super(DatePrecision.class);
        }
    }

    @Converter
    public static class StatusColumn extends WireConverter<FigureStatus> {
        public StatusColumn() {
            super(FigureStatus.class);
        }
    }
}
