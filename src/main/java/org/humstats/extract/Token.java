package org.humstats.extract;

/**
 * A word, number or punctuation mark of a sentence, with its place in the whole text. {@code lower} is the form the
 * word lists compare against: lower case, with a possessive ending ("OCHA's", "Nations'") taken off.
 */
final class Token {

    enum Type { WORD, NUMBER, PUNCT }

    final String text;
    final String lower;
    private final int start;
    private final int end;
    private final Type type;

    private Token(String text, String lower, int start, int end, Type type) {
        this.text = text;
        this.lower = lower;
        this.start = start;
        this.end = end;
        this.type = type;
    }

    String text() {
        return text;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    @Override
    public String toString() {
        return text;
    }

    static Token of(String text, int start, int end, Type type) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (type == Type.WORD) {
            lower = stripPossessive(lower);
        }
        return new Token(text, lower, start, end, type);
    }

    static String stripPossessive(String w) {
        if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("’s"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 1 && (w.endsWith("'") || w.endsWith("’"))) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    boolean isWord() {
        return type == Type.WORD;
    }

    boolean isNumber() {
        return type == Type.NUMBER;
    }

    boolean isPunct() {
        return type == Type.PUNCT;
    }

    boolean is(String word) {
        return lower.equals(word);
    }

    boolean isAny(java.util.Set<String> words) {
        return words.contains(lower);
    }

    boolean capitalized() {
        return type == Type.WORD && Character.isUpperCase(text.charAt(0));
    }

    /** "OCHA", "IDPs", "al-Qaim", "البوكمال": a word that may start a name. */
    boolean nameLike() {
        if (type != Type.WORD) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c) || (Character.isLetter(c) && c > 0x24F && !Character.isLowerCase(c))) {
                return true;
            }
        }
        return false;
    }

    boolean allCaps() {
        boolean upper = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            upper |= Character.isUpperCase(c);
        }
        return upper;
    }

    /** Digits without separators, e.g. "17" or "2016" (not "1,500" or "1.5"). */
    boolean plainDigits() {
        if (type != Type.NUMBER) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    int intValue() {
        return text.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(text);
    }

    /** The token at i, or null outside the sentence. */
    static Token at(java.util.List<Token> ts, int i) {
        return i >= 0 && i < ts.size() ? ts.get(i) : null;
    }
}
