package org.humstats.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a place name for search: "Dayr az-Zawr", "DEIR-EZ-ZOR" and "Deir ez Zôr" must all find Deir-ez-Zor.
 * Accents and Arabic vowel marks go, case goes, and punctuation becomes a single space.
 */
public final class NameFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameFolding() {
    }

    public static String fold(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = NOT_ALNUM.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return s.trim();
    }
}
