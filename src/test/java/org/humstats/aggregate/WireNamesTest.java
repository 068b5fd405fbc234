package org.humstats.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class WireNamesTest {

    @Test
    void wireNamesAreLowercaseSnakeCase() {
        assertEquals("at_least", Qualifier.AT_LEAST.toString());
        assertEquals("prefer_direct", Rollup.PREFER_DIRECT.toString());
        assertEquals("source_type", GroupBy.SOURCE_TYPE.toString());
        assertEquals("cumulative", Kind.CUMULATIVE.toString());
        assertEquals("retracted", Status.RETRACTED.toString());
        assertEquals("quarter", Interval.QUARTER.toString());
        assertEquals("previous", Fill.PREVIOUS.toString());
        assertEquals("median", Policy.MEDIAN.toString());
        assertEquals("superseded_by_later_stock", ExclusionReason.SUPERSEDED_BY_LATER_STOCK.toString());
    }

    @Test
    void everyEnumRoundTripsThroughItsWireName() {
        assertRoundTrip(Kind.values(), Kind::fromWire);
        assertRoundTrip(Qualifier.values(), Qualifier::fromWire);
        assertRoundTrip(Status.values(), Status::fromWire);
        assertRoundTrip(Policy.values(), Policy::fromWire);
        assertRoundTrip(Rollup.values(), Rollup::fromWire);
        assertRoundTrip(GroupBy.values(), GroupBy::fromWire);
        assertRoundTrip(Interval.values(), Interval::fromWire);
        assertRoundTrip(Fill.values(), Fill::fromWire);
        assertRoundTrip(ExclusionReason.values(), ExclusionReason::fromWire);
    }

    private static <E extends Enum<E>> void assertRoundTrip(E[] values, Function<String, E> parse) {
        for (E value : values) {
            assertEquals(value, parse.apply(value.toString()));
            assertEquals(value.toString(), value.name().toLowerCase());
        }
    }

    @Test
    void anUnknownNameIsRejectedWithTheAllowedValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Policy.fromWire("maximum"));
        assertEquals("unknown policy 'maximum'; allowed values: preferred, max, min, median, mean", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Rollup.fromWire("PREFER_DIRECT"));
        assertThrows(IllegalArgumentException.class, () -> Interval.fromWire(null));
    }

    @Test
    void everyStatusHasItsOwnExclusionReason() {
        List<String> reasons = Arrays.stream(Status.values())
                .map(s -> ExclusionReason.forStatus(s).wire()).toList();
        assertEquals(List.of("status_reported", "status_verified", "status_disputed", "status_retracted"), reasons);
        assertTrue(Status.COUNTED_BY_DEFAULT.containsAll(List.of(Status.REPORTED, Status.VERIFIED)));
        assertEquals(2, Status.COUNTED_BY_DEFAULT.size());
    }
}
