package org.humstats.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.humstats.common.NameFolding;

/**
 * Finds known names in a sentence: each name is folded as location search folds it (case, accents and punctuation
 * ignored), so "Deir az-Zour", "DEIR AZ ZOUR" and "Deir az Zour" are one name. A name in capitals ("OCHA", "MERV",
 * "REACH") is an acronym and matches only in capitals, so the word "reach" is not the organisation REACH. Longest match
 * wins; a name starts at a word with a capital or a non-Latin letter.
 *
 * @param <T> what a name stands for
 */
final class NameIndex<T> {

    /** A name found in a sentence: tokens [from, to], the words as written, and every entry the name may stand for. */
    record Mention<T>(int from, int to, String text, List<T> entries) {
    }

    private final Map<String, List<T>> folded = new HashMap<>();
    /** Every folded name's first words ("deir", "deir az"): a longer match is tried only while it can still succeed. */
    private final java.util.Set<String> prefixes = new java.util.HashSet<>();
    /** First words of names written in lower case ("health ministry"): these may start a match at a lower-case word. */
    private final java.util.Set<String> lowerStarts = new java.util.HashSet<>();
    private final Map<String, List<T>> acronyms = new HashMap<>();
    private int maxTokens = 1;

    void add(String name, T entry) {
        if (name == null || name.isBlank()) {
            return;
        }
        String trimmed = name.strip();
        // "Euphrates River Valley border area (Syria–Iraq)" is also known without its parenthesis.
        int paren = trimmed.indexOf('(');
        if (paren > 0 && trimmed.endsWith(")")) {
            add(trimmed.substring(0, paren), entry);
        }
        if (isAcronym(trimmed)) {
            String key = acronymKey(trimmed);
            put(acronyms, key, entry);
            maxTokens = Math.max(maxTokens, key.split(" ").length);
            return;
        }
        String key = NameFolding.fold(trimmed);
        if (key.isEmpty()) {
            return;
        }
        put(folded, key, entry);
        String[] words = key.split(" ");
        if (Character.isLowerCase(trimmed.charAt(0)) && words.length > 1) {
            lowerStarts.add(words[0]);
        }
        maxTokens = Math.max(maxTokens, Math.min(12, words.length));
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < words.length - 1; i++) {
            if (i > 0) {
                prefix.append(' ');
            }
            prefix.append(words[i]);
            prefixes.add(prefix.toString());
        }
    }

    private void put(Map<String, List<T>> map, String key, T entry) {
        List<T> list = map.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!list.contains(entry)) {
            list.add(entry);
        }
    }

    static boolean isAcronym(String name) {
        int upper = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        return upper >= 2;
    }

    private static String acronymKey(String name) {
        StringBuilder b = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                b.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return b.toString();
    }

    boolean isEmpty() {
        return folded.isEmpty() && acronyms.isEmpty();
    }

    /** The names in tokens [from, to), leftmost-longest, never overlapping. */
    List<Mention<T>> find(String text, List<Token> tokens, int from, int to) {
        List<Mention<T>> out = new ArrayList<>();
        if (isEmpty()) {
            return out;
        }
        String[] foldedTokens = new String[to - from];
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (!t.nameLike() && !(t.isWord() && lowerStarts.contains(t.lower))) {
                continue;
            }
            int limit = Math.min(to, i + maxTokens);
            Mention<T> best = null;
            StringBuilder f = new StringBuilder();
            // An acronym key is only worth building while every word is in capitals.
            StringBuilder a = acronyms.isEmpty() ? null : new StringBuilder();
            for (int j = i; j < limit; j++) {
                Token u = tokens.get(j);
                if (!u.isWord() && !u.isNumber()) {
                    break;
                }
                if (foldedTokens[j - from] == null) {
                    foldedTokens[j - from] = fold(u);
                }
                if (j > i) {
                    f.append(' ');
                }
                f.append(foldedTokens[j - from]);
                List<T> hit = null;
                if (a != null) {
                    if (u.allCaps() || u.isNumber()) {
                        if (j > i) {
                            a.append(' ');
                        }
                        a.append(acronymKey(Token.stripPossessive(u.text)));
                        hit = acronyms.get(a.toString());
                    } else {
                        a = null;
                    }
                }
                String key = f.toString();
                if (hit == null) {
                    hit = folded.get(key);
                }
                if (hit != null) {
                    best = new Mention<>(i, j, text.substring(t.start(), u.end()), hit);
                }
                if (a == null && !prefixes.contains(key)) {
                    break;
                }
            }
            if (best != null) {
                out.add(best);
                i = best.to;
            }
        }
        return out;
    }

    private static String fold(Token t) {
        String w = Token.stripPossessive(t.text);
        boolean ascii = true;
        for (int i = 0; i < w.length() && ascii; i++) {
            char c = w.charAt(i);
            ascii = c < 128 && (Character.isLetterOrDigit(c));
        }
        return ascii ? w.toLowerCase(java.util.Locale.ROOT) : NameFolding.fold(w);
    }
}
