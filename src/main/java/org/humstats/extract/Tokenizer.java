package org.humstats.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a sentence into words, numbers and punctuation. Words glued to numbers, as text copied out of PDFs often is
 * ("at least140,000", "15,000people", "45km"), are split apart; hyphenated and apostrophised words stay whole
 * ("US-led", "twenty-one", "Qa'im", "Nations'").
 */
final class Tokenizer {

    private Tokenizer() {
    }

    static List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>(Math.max(8, (to - from) / 5));
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else if (c >= '0' && c <= '9') {
                int j = i + 1;
                while (j < to) {
                    char d = text.charAt(j);
                    if (d >= '0' && d <= '9') {
                        j++;
                    } else if ((d == ',' || d == '.') && j + 1 < to && isDigit(text.charAt(j + 1))) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                tokens.add(Token.of(text.substring(i, j), i, j, Token.Type.NUMBER));
                i = j;
            } else if (isLetter(c)) {
                int j = i + 1;
                while (j < to) {
                    char d = text.charAt(j);
                    if (isLetter(d)) {
                        j++;
                    } else if (isJoiner(d) && j + 1 < to && isLetter(text.charAt(j + 1))) {
                        j += 2;
                    } else if ((d == '\'' || d == '’') && (text.charAt(j - 1) == 's' || text.charAt(j - 1) == 'S')
                            && (j + 1 == to || !isLetter(text.charAt(j + 1)))) {
                        j++; // a possessive plural, "Nations'"
                        break;
                    } else {
                        break;
                    }
                }
                tokens.add(Token.of(text.substring(i, j), i, j, Token.Type.WORD));
                i = j;
            } else {
                tokens.add(Token.of(String.valueOf(c), i, i + 1, Token.Type.PUNCT));
                i++;
            }
        }
        return tokens;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '’' || c == '‐';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLetter(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }
}
