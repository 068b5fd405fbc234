package org.humstats.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void isAVersion7UuidThatCarriesItsMillisecond() {
        // 2026-12-02T03:00:00Z, with every random bit set: the version and variant bits must still be 7 and 0b10.
        UUID id = Ids.timeOrdered(1_796_180_400_000L, -1L, -1L);
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        assertEquals(1_796_180_400_000L, id.getMostSignificantBits() >>> 16);
        assertEquals("01a2", id.toString().substring(0, 4));
    }

    @Test
    void idsMadeLaterSortAfterEarlierOnesAsTextAndAreNeverRepeated() {
        UUID earlier = Ids.timeOrdered(1_000_000L, -1L, -1L);
        UUID later = Ids.timeOrdered(1_001L * 1000, 0L, 0L);
        assertTrue(earlier.toString().compareTo(later.toString()) < 0);
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(seen.add(Ids.newId()));
        }
        assertNotEquals(Ids.newId(), Ids.newId());
    }
}
