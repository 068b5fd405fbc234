package org.humstats.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How an import finds the row that first used a figure's key, so a repeated key names both rows. */
class KeyIndexTest {

    @Test
    void shouldRememberTheFirstRowOfEachKeyAcrossGrowth() {
        KeyIndex index = new KeyIndex();
        for (int i = 1; i <= 100_000; i++) {
            assertEquals(0, index.putIfAbsent("key " + i, i));
        }
        assertEquals(42, index.putIfAbsent("key 42", 100_001));
        assertEquals(100_000, index.putIfAbsent("key 100000", 100_002));
    }

    @Test
    void shouldKeepTheFirstRowWhenAKeyComesAgainAndAgain() {
        KeyIndex index = new KeyIndex();
        assertEquals(0, index.putIfAbsent("displaced|flow|SY0902|2017-10-15|2017-11-08|un-ocha", 2));
        assertEquals(2, index.putIfAbsent("displaced|flow|SY0902|2017-10-15|2017-11-08|un-ocha", 7));
        assertEquals(2, index.putIfAbsent("displaced|flow|SY0902|2017-10-15|2017-11-08|un-ocha", 9));
        assertEquals(0, index.putIfAbsent("displaced|flow|SY0902|2017-10-15|2017-11-08|sarc", 10));
    }
}
