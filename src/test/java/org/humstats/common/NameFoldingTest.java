package org.humstats.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

public class NameFoldingTest {

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
