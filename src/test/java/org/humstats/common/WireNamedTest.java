package org.humstats.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.humstats.aggregate.ExclusionReason;
import org.humstats.aggregate.Fill;
import org.humstats.aggregate.GroupBy;
import org.humstats.aggregate.Interval;
import org.humstats.aggregate.Policy;
import org.humstats.aggregate.Rollup;
import org.humstats.figure.DatePrecision;
import org.humstats.figure.FigureStatus;
import org.humstats.figure.Kind;
import org.humstats.figure.Qualifier;
import org.humstats.source.SourceType;
import org.junit.jupiter.api.Test;

class WireNamedTest {

    /** Every enum that travels on the wire, from the figure model and the counting rules alike. */
    private static final List<Class<? extends Enum<?>>> ENUMS = List.of(Kind.class, Qualifier.class, FigureStatus.class,
            DatePrecision.class, SourceType.class, Policy.class, Rollup.class, GroupBy.class, Interval.class, Fill.class,
            ExclusionReason.class);

    @Test
    void shouldNameEveryConstantByItsLowerCaseName() {
        assertEquals("at_least", Qualifier.AT_LEAST.wire());
        assertEquals("prefer_direct", Rollup.PREFER_DIRECT.wire());
        assertEquals("superseded_by_later_stock", ExclusionReason.SUPERSEDED_BY_LATER_STOCK.wire());
        for (Class<? extends Enum<?>> type : ENUMS) {
            for (Enum<?> constant : type.getEnumConstants()) {
                assertEquals(constant.name().toLowerCase(), ((WireNamed) constant).wire(), type.getSimpleName());
            }
        }
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void shouldParseEveryWireNameBackToItsConstant() {
        for (Class type : ENUMS) {
            for (Object constant : type.getEnumConstants()) {
                assertEquals(constant, WireNamed.parse(type, ((WireNamed) constant).wire()));
            }
        }
    }

    @Test
    void shouldRefuseNearMissesListingWhatIsAllowed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WireNamed.parse(Policy.class, "maximum"));
        assertEquals("'maximum' is not one of: preferred, max, min, median, mean", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WireNamed.parse(Rollup.class, "PREFER_DIRECT"));
        assertThrows(IllegalArgumentException.class, () -> WireNamed.parse(Interval.class, null));
    }

    @Test
    void shouldReadStatusListsAndAll() {
        assertEquals(FigureStatus.COUNTED_BY_DEFAULT, FigureStatus.parseList(" ", FigureStatus.COUNTED_BY_DEFAULT));
        assertEquals(EnumSet.allOf(FigureStatus.class), FigureStatus.parseList("all", Set.of()));
        assertEquals(EnumSet.of(FigureStatus.DISPUTED, FigureStatus.VERIFIED), FigureStatus.parseList("disputed, verified", Set.of()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FigureStatus.parseList("reported,wrong", Set.of()));
        assertTrue(e.getMessage().contains("'wrong' is not one of: reported, verified, disputed, retracted, or all"), e.getMessage());
    }
}
