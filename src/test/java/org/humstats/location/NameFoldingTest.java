package org.humstats.location;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NameFoldingTest {

    @Test
    void foldsCaseAccentsAndPunctuation() {
        assertEquals("deir ez zor", NameFolding.fold("Déir-ez-Zôr"));
        assertEquals("al qa im", NameFolding.fold("Al Qa'im"));
        assertEquals("albu kamal", NameFolding.fold("  ALBU   KAMAL "));
    }

    @Test
    void dropsArabicVowelMarks() {
        assertEquals(NameFolding.fold("البوكمال"), NameFolding.fold("البُوكَمَال"));
    }
}
