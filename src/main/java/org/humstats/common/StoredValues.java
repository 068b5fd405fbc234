package org.humstats.common;

import java.time.LocalDate;

/**
 * What may be stored, so that whatever is stored can always be read back, counted and sent on: text that is valid
 * Unicode without control characters (tab, carriage return and line feed excepted), counts within what every
 * computation over them can hold, and dates within the years any report can speak of. Every entrance (JSON bodies,
 * CSV, NDJSON and HXL imports, the gazetteer import) asks these same questions; docs/integrity.md says why each bound is
 * where it is.
 */
public final class StoredValues {

    /**
     * The largest count (value, low, high) taken: 10^12. More than a hundred times the world's population, yet a sum of
     * 9 million such figures still fits a 64-bit integer (aggregates add them up exactly), and a sum of 9,000 stays
     * exact as a double (2^53), which is how JavaScript and many JSON readers hold numbers.
     */
    public static final long MAX_COUNT = 1_000_000_000_000L;
    /** The earliest date taken. */
    public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);
    /** The latest date taken. */
    public static final LocalDate MAX_DATE = LocalDate.of(2100, 12, 31);

    private StoredValues() {
    }

    /** Why the text cannot be stored, or null when it can. */
    public static String textProblem(String s) {
        if (s == null) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "holds a lone UTF-16 surrogate (U+" + hex(c) + ") at character " + (i + 1) + ", which is not Unicode text";
            }
            if (Character.isLowSurrogate(c)) {
                return "holds a lone UTF-16 surrogate (U+" + hex(c) + ") at character " + (i + 1) + ", which is not Unicode text";
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
                return "holds the control character U+" + hex(c) + (c == 0 ? " (NUL: binary data, not text)" : "")
                        + " at character " + (i + 1) + "; only tab, carriage return and line feed are taken";
            }
        }
        return null;
    }

    /** Why the count cannot be stored, or null when it can. */
    public static String countProblem(Long n) {
        if (n == null) {
            return null;
        }
        if (n < 0) {
            return "must be 0 or more, got " + n;
        }
        if (n > MAX_COUNT) {
            return "is " + n + ", above the largest count taken (" + MAX_COUNT + ", 10^12)";
        }
        return null;
    }

    /** Why the date cannot be stored, or null when it can. */
    public static String dateProblem(LocalDate d) {
        if (d == null || (!d.isBefore(MIN_DATE) && !d.isAfter(MAX_DATE))) {
            return null;
        }
        return "is " + d + ", outside the dates taken (" + MIN_DATE + " to " + MAX_DATE + ")";
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
