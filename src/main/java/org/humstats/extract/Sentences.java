package org.humstats.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a report into sentences: at . ! ? followed by a space and not ending an abbreviation ("U.S.", "Dr."), at blank
 * lines, and at single line breaks that end a heading or a finished sentence. A line that breaks mid-sentence (hard
 * wrapped text) joins the next line. Overlong runs without punctuation are cut, so no "sentence" grows without bound.
 */
final class Sentences {

    /** [start, end) of each sentence in the text, trimmed. */
    record Span(int start, int end) {
    }

    static final int MAX_LENGTH = 2000;

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "no", "gen", "lt", "col",
            "sgt", "capt", "maj", "gov", "sen", "rep", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "approx", "est", "etc", "vs", "inc", "ltd", "co", "corp", "dept", "govt", "intl", "e.g", "i.e", "al",
            "fig", "vol", "p", "pp");

    private Sentences() {
    }

    static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int lineStart = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (lineBreakEndsSentence(text, lineStart, i)) {
                    add(out, text, start, i);
                    start = i + 1;
                }
                lineStart = i + 1;
            } else if (c == '.' || c == '!' || c == '?') {
                int j = i + 1;
                while (j < n && "\"'”’)]»".indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                if (j < n && !Character.isWhitespace(text.charAt(j))) {
                    continue;
                }
                if (c == '.' && isAbbreviation(text, start, i)) {
                    continue;
                }
                int k = j;
                while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
                    k++;
                }
                if (k < n && Character.isLowerCase(text.charAt(k))) {
                    continue;
                }
                add(out, text, start, j);
                start = j;
            } else if (i - start >= MAX_LENGTH && Character.isWhitespace(c)) {
                add(out, text, start, i);
                start = i;
            }
        }
        add(out, text, start, n);
        return out;
    }

    /**
     * A line break ends a sentence unless the line is long, stops without punctuation and the next line goes on in lower
     * case or with a number: then the text was wrapped, and the sentence continues.
     */
    private static boolean lineBreakEndsSentence(String text, int lineStart, int lineEnd) {
        int last = lineEnd - 1;
        while (last >= lineStart && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        if (last < lineStart) {
            return true;
        }
        int next = lineEnd + 1;
        while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t' || text.charAt(next) == '\r')) {
            next++;
        }
        if (next >= text.length() || text.charAt(next) == '\n') {
            return true;
        }
        char end = text.charAt(last);
        if (".!?:;\"'”’".indexOf(end) >= 0) {
            return true;
        }
        char first = text.charAt(next);
        boolean continues = Character.isLowerCase(first) || Character.isDigit(first);
        return last - lineStart < 60 || !continues;
    }

    private static boolean isAbbreviation(String text, int sentenceStart, int dot) {
        int j = dot - 1;
        while (j >= sentenceStart && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '.')) {
            j--;
        }
        String word = text.substring(j + 1, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: "J. Smith"
        }
        if (word.indexOf('.') > 0 && word.length() <= 5) {
            return true; // "U.S", "U.N", "a.m"
        }
        return ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static void add(List<Span> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }
}
