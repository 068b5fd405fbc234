package org.humstats.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.humstats.figure.Qualifier;

/**
 * Finds the numbers of a sentence and how each is hedged. Understands digits with thousands separators (120,000;
 * 331 765; 224, 250), decimals with a multiplier (1.5 million, 13.1M), numbers in words (nine hundred and twenty-one,
 * one million), ranges (between 20,000 and 50,000; 2,000 - 3,000; 30-35,000) and the qualifiers before and after a
 * number. Tokens that {@link TimeExpressions} marked as dates are skipped.
 */
final class Quantities {

    private final List<Token> ts;
    private final boolean[] date;

    private Quantities(List<Token> tokens, boolean[] date) {
        this.ts = tokens;
        this.date = date;
    }

    static List<Quantity> find(List<Token> tokens, boolean[] date) {
        return new Quantities(tokens, date).scan();
    }

    private record Parsed(int from, int to, long value, long multiplier, boolean words, boolean separators) {
    }

    private List<Quantity> scan() {
        List<Quantity> out = new ArrayList<>();
        for (int i = 0; i < ts.size(); i++) {
            if (date[i]) {
                continue;
            }
            Parsed p = parse(i);
            if (p == null) {
                continue;
            }
            Quantity q = hedge(p);
            out.add(q);
            i = q.to();
        }
        return out;
    }

    private Token at(int i) {
        return i >= 0 && i < ts.size() ? ts.get(i) : null;
    }

    private Parsed parse(int i) {
        Token t = ts.get(i);
        if (t.isNumber()) {
            return digits(i);
        }
        if (t.isWord()) {
            return words(i);
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Digits

    private Parsed digits(int i) {
        Token t = ts.get(i);
        Token before = at(i - 1);
        if (before != null && before.end() == t.start() && before.isWord() && before.allCaps()) {
            return null; // a code glued to a name: MH17, A4
        }
        Token after = at(i + 1);
        if (after != null && after.start() == t.end() && after.isWord() && after.allCaps() && after.text.length() <= 3
                && !after.text.equals("M") && !after.text.equals("K")) {
            return null; // 01W, 6A
        }
        String text = t.text;
        int end = i;
        boolean separators = text.indexOf(',') >= 0 || text.indexOf('.') >= 0;
        BigDecimal number;
        if (text.indexOf(',') >= 0) {
            String[] groups = text.split(",");
            for (int g = 1; g < groups.length; g++) {
                if (groups[g].length() != 3 && !(groups[g].length() == 2 && g < groups.length - 1)) {
                    return null; // "1,5": not an English number
                }
            }
            if (groups[0].length() > 3) {
                return null;
            }
            String plain = text.replace(",", "");
            if (plain.indexOf('.') >= 0) {
                number = new BigDecimal(plain);
            } else {
                number = new BigDecimal(plain);
            }
        } else if (text.indexOf('.') >= 0) {
            String[] parts = text.split("\\.");
            if (parts.length != 2) {
                return null;
            }
            number = new BigDecimal(text);
        } else {
            StringBuilder merged = new StringBuilder(text);
            // "331 765": groups of three after a first group of one to three digits, one space apart.
            if (text.length() <= 3) {
                int k = i + 1;
                while (at(k) != null && !date[k] && at(k).plainDigits() && at(k).text.length() == 3
                        && gap(k - 1, k) == 1 && !isDate(k)) {
                    merged.append(at(k).text);
                    end = k;
                    k++;
                }
                // "224, 250": a comma and a space inside one number.
                if (end == i && at(i + 1) != null && at(i + 1).text.equals(",") && gap(i, i + 1) == 0
                        && at(i + 2) != null && at(i + 2).plainDigits() && at(i + 2).text.length() == 3
                        && gap(i + 1, i + 2) == 1 && !date[i + 2] && !listGoesOn(i + 3)) {
                    merged.append(at(i + 2).text);
                    end = i + 2;
                }
            }
            separators = end > i;
            number = new BigDecimal(merged.toString());
        }
        long multiplier = 1;
        Token m = at(end + 1);
        if (m != null && m.isWord() && gap(end, end + 1) <= 1) {
            Long mult = Lexicon.MULTIPLIERS.get(m.lower);
            if (mult != null && m.lower.equals("m") && !m.text.equals("M") && !countsPeopleNext(end + 2)) {
                mult = null; // "2.5m" deep water, not 2.5 million
            }
            if (mult != null && m.lower.equals("k") && gap(end, end + 1) != 0) {
                mult = null;
            }
            if (mult != null && m.lower.equals("hundred") && number.scale() > 0) {
                mult = null;
            }
            if (mult != null) {
                multiplier = mult;
                end++;
            }
        }
        if (number.scale() > 0 && multiplier == 1) {
            String[] parts = text.split("\\.");
            if (parts.length == 2 && parts[1].length() == 3 && text.indexOf(',') < 0) {
                number = new BigDecimal(text.replace(".", "")); // "1.500": thousands, as in much of Europe
            } else {
                return null; // "6.7 magnitude": not a count of anything
            }
        }
        BigDecimal value = number.multiply(BigDecimal.valueOf(multiplier));
        if (value.compareTo(BigDecimal.valueOf(10_000_000_000L)) > 0) {
            return null;
        }
        return new Parsed(i, end, value.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact(), multiplier, false,
                separators);
    }

    private boolean listGoesOn(int k) {
        Token t = at(k);
        return t != null && (t.text.equals(",") || t.is("and") || t.is("or")) && at(k + 1) != null && at(k + 1).isNumber();
    }

    private boolean isDate(int k) {
        Token next = at(k + 1);
        return next != null && Lexicon.MONTHS.containsKey(next.lower) && next.capitalized();
    }

    private boolean countsPeopleNext(int k) {
        Token t = at(k);
        return t != null && (Lexicon.PEOPLE.contains(t.lower) || Lexicon.HOUSEHOLDS.contains(t.lower));
    }

    /** Characters between two tokens. */
    private int gap(int a, int b) {
        return ts.get(b).start() - ts.get(a).end();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Words: "Nine hundred and twenty-one", "two", "one million", "half a million", "a thousand"

    private Parsed words(int i) {
        Token t = ts.get(i);
        if (t.is("half") && isWordAt(i + 1, "a") && at(i + 2) != null && Lexicon.SCALES.containsKey(at(i + 2).lower)
                && !at(i + 2).is("hundred")) {
            return new Parsed(i, i + 2, Lexicon.SCALES.get(at(i + 2).lower) / 2, Lexicon.SCALES.get(at(i + 2).lower), true,
                    false);
        }
        if (t.is("a") || t.is("an")) {
            Token s = at(i + 1);
            if (s != null && Lexicon.SCALES.containsKey(s.lower)) {
                Parsed rest = wordSequence(i + 1, true);
                return rest == null ? null : new Parsed(i, rest.to, rest.value, rest.multiplier, true, false);
            }
            return null;
        }
        if (!isNumberWord(t)) {
            return null;
        }
        return wordSequence(i, false);
    }

    private boolean isWordAt(int i, String w) {
        Token t = at(i);
        return t != null && t.lower.equals(w);
    }

    private static boolean isNumberWord(Token t) {
        if (!t.isWord()) {
            return false;
        }
        String w = t.lower;
        if (Lexicon.SMALL_NUMBERS.containsKey(w)) {
            return true;
        }
        int dash = w.indexOf('-');
        return dash > 0 && Lexicon.SMALL_NUMBERS.containsKey(w.substring(0, dash))
                && Lexicon.SMALL_NUMBERS.containsKey(w.substring(dash + 1));
    }

    private enum Last { NONE, ONES, TENS, HUNDRED, SCALE }

    /** "nine hundred and twenty-one", "one million two hundred thousand"; stops where a second number would begin. */
    private Parsed wordSequence(int i, boolean startsWithScale) {
        long total = 0;
        long current = 0;
        long lastScale = 1;
        Last last = startsWithScale ? Last.ONES : Last.NONE;
        if (startsWithScale) {
            current = 1; // "a thousand"
        }
        int end = -1;
        for (int k = i; k < ts.size(); k++) {
            Token t = ts.get(k);
            if (!t.isWord() || date[k]) {
                break;
            }
            String w = t.lower;
            if (isNumberWord(t)) {
                int dash = w.indexOf('-');
                long v = dash > 0 ? Lexicon.SMALL_NUMBERS.get(w.substring(0, dash)) + Lexicon.SMALL_NUMBERS.get(w.substring(dash + 1))
                        : Lexicon.SMALL_NUMBERS.get(w);
                boolean ones = v < 20;
                boolean allowed = switch (last) {
                    case NONE, HUNDRED, SCALE -> true;
                    case TENS -> ones && v < 10 && dash < 0;
                    case ONES -> false;
                };
                if (!allowed) {
                    break;
                }
                current += v;
                last = ones ? Last.ONES : Last.TENS;
                end = k;
            } else if (Lexicon.SCALES.containsKey(w) && (last == Last.ONES || last == Last.TENS || last == Last.HUNDRED)) {
                long scale = Lexicon.SCALES.get(w);
                if (scale == 100) {
                    if (last == Last.HUNDRED) {
                        break;
                    }
                    current *= 100;
                    last = Last.HUNDRED;
                } else {
                    total += current * scale;
                    current = 0;
                    last = Last.SCALE;
                }
                lastScale = scale;
                end = k;
            } else if (w.equals("and") && (last == Last.HUNDRED || last == Last.SCALE) && k + 1 < ts.size()
                    && isNumberWord(ts.get(k + 1))) {
                continue; // "nine hundred and twenty-one"
            } else {
                break;
            }
        }
        if (end < 0) {
            return null;
        }
        return new Parsed(i, end, total + current, lastScale, true, false);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Ranges and qualifiers

    private Quantity hedge(Parsed p) {
        int hedgeFrom = p.from;
        Qualifier qualifier = Qualifier.EXACT;
        boolean explicit = false;
        boolean rangeMarker = false;
        // Before the number: the longest phrase that ends right before it.
        Hedge h = hedgeBefore(p.from);
        if (h != null) {
            hedgeFrom = h.from;
            explicit = true;
            if (h.qualifier == null) {
                rangeMarker = true;
            } else {
                qualifier = h.qualifier;
            }
        }
        // A range: "20,000 to 50,000", "2,000 - 3,000", "30-35,000", "between one and 1.5 million", "two or three".
        Token link = at(p.to + 1);
        if (link != null && !date[p.to + 1]) {
            boolean dash = link.text.equals("-") || link.text.equals("–") || link.text.equals("—");
            boolean to = link.is("to");
            boolean and = link.is("and") && rangeMarker;
            boolean or = link.is("or") && p.words;
            if ((dash && gap(p.to, p.to + 1) <= 1) || to || and || or) {
                int j = p.to + 2;
                if (j < ts.size() && !date[j]) {
                    Parsed second = parse(j);
                    if (second != null && (!dash || gap(p.to + 1, j) <= 1)) {
                        long low = p.value;
                        if (second.multiplier > 1 && p.multiplier == 1 && low * second.multiplier <= second.value) {
                            low *= second.multiplier;
                        } else if (!p.separators && !p.words && low < 1000 && second.value >= 1000 && second.value % 1000 == 0
                                && low * 1000 <= second.value && low * 1000 * 10 > second.value) {
                            low *= 1000; // "30-35,000"
                        }
                        if (low < second.value) {
                            long mid = (low + second.value + 1) / 2;
                            return new Quantity(p.from, second.to, hedgeFrom, mid, low, second.value, Qualifier.RANGE,
                                    p.words || second.words, true);
                        }
                    }
                }
            }
        }
        // After the number: "or more", "or so", "plus", "+".
        Token after = at(p.to + 1);
        if (after != null) {
            if (after.is("or") && at(p.to + 2) != null) {
                String w = at(p.to + 2).lower;
                if (w.equals("more")) {
                    return new Quantity(p.from, p.to + 2, hedgeFrom, p.value, null, null, Qualifier.AT_LEAST, p.words, true);
                }
                if (w.equals("so") || w.equals("thereabouts")) {
                    return new Quantity(p.from, p.to + 2, hedgeFrom, p.value, null, null, Qualifier.APPROXIMATELY, p.words,
                            true);
                }
            }
            if ((after.text.equals("+") && gap(p.to, p.to + 1) == 0) || (after.is("plus") && !explicit)) {
                return new Quantity(p.from, p.to + 1, hedgeFrom, p.value, null, null, Qualifier.AT_LEAST, p.words, true);
            }
        }
        if (rangeMarker) {
            qualifier = Qualifier.EXACT;
            explicit = false;
        }
        return new Quantity(p.from, p.to, hedgeFrom, p.value, null, null, qualifier, p.words, explicit);
    }

    private record Hedge(int from, Qualifier qualifier) {
    }

    private static final String[][] AT_LEAST = {{"in", "excess", "of"}, {"no", "fewer", "than"}, {"no", "less", "than"},
        {"not", "less", "than"}, {"a", "minimum", "of"}, {"more", "than"}, {"at", "least"}, {"upwards", "of"},
        {"well", "over"}, {"just", "over"}, {"over"}, {"above"}, {"exceeding"}};
    private static final String[][] AT_MOST = {{"no", "more", "than"}, {"not", "more", "than"}, {"a", "maximum", "of"},
        {"up", "to"}, {"fewer", "than"}, {"less", "than"}, {"as", "many", "as"}, {"at", "most"}, {"just", "under"},
        {"under"}, {"below"}};
    private static final String[][] APPROXIMATELY = {{"an", "estimated"}, {"the", "estimated"}, {"estimated"}, {"about"},
        {"around"}, {"round"}, {"approximately"}, {"approx"}, {"roughly"}, {"some"}, {"nearly"}, {"almost"},
        {"close", "to"}, {"circa"}, {"ca"}, {"an", "approximate"}, {"~"}, {"perhaps"}, {"maybe"}};
    private static final String[][] EXACT = {{"a", "total", "of"}, {"total", "of"}, {"exactly"}, {"precisely"}};
    private static final String[][] RANGE = {{"between"}, {"from"}};

    private Hedge hedgeBefore(int from) {
        Hedge best = null;
        for (Object[] group : new Object[][] {{AT_LEAST, Qualifier.AT_LEAST}, {AT_MOST, Qualifier.AT_MOST},
            {APPROXIMATELY, Qualifier.APPROXIMATELY}, {EXACT, Qualifier.EXACT}, {RANGE, null}}) {
            for (String[] phrase : (String[][]) group[0]) {
                int start = from - phrase.length;
                if (start < 0) {
                    continue;
                }
                boolean match = true;
                for (int k = 0; k < phrase.length; k++) {
                    Token t = ts.get(start + k);
                    if (!t.lower.equals(phrase[k]) || date[start + k]) {
                        match = false;
                        break;
                    }
                }
                if (match && (best == null || start < best.from)) {
                    best = new Hedge(start, (Qualifier) group[1]);
                }
            }
        }
        return best;
    }
}
