package org.humstats.extract;

import java.util.List;
import java.util.Set;

/** What is not a figure: labels, amounts, ages, percentages, houses destroyed, sample sizes and projections. */
final class NotFigures {

    static final Set<String> PROJECTION_WORDS = Lexicon.words("expected", "expects", "expect", "likely", "projected",
            "projection", "projections", "forecast", "forecasts", "anticipated", "anticipate", "anticipates", "planning",
            "plans", "plan", "planned", "preparing", "prepare", "prepares", "prepared", "contingency", "scenario", "risk",
            "potential", "potentially", "target", "targets", "targeting", "targeted", "aims", "aim", "aiming", "intends",
            "seeks", "hopes", "appeal", "appealing");

    static final Set<String> MODALS = Lexicon.words("could", "may", "might", "would", "will", "shall");

    static final Set<String> SAMPLE_WORDS = Lexicon.words("surveyed", "interviewed", "sampled", "polled", "questioned",
            "respondents", "survey", "sample", "interviews", "enumerated", "consulted");

    static final Set<String> DESTROYED = Lexicon.words("destroyed", "damaged", "collapsed", "flooded", "burnt", "burned",
            "razed", "demolished", "swept", "inundated", "submerged", "levelled", "leveled", "looted");

    private NotFigures() {
    }

    /** Labels, codes, amounts, ages, percentages and ranks. */
    static boolean notAFigure(List<Token> ts, Quantity q, boolean[] dates) {
        Token b1 = q.hedgeFrom() > 0 && dates[q.hedgeFrom() - 1] ? null : Token.at(ts, q.hedgeFrom() - 1);
        Token b2 = Token.at(ts, q.hedgeFrom() - 2);
        if (b1 != null && (Lexicon.LABEL_BEFORE.contains(b1.lower) || Lexicon.CURRENCY_SIGNS.contains(b1.text))) {
            return true;
        }
        if (b2 != null && Lexicon.CURRENCY_SIGNS.contains(b2.text) && b1 != null && b1.allCaps()) {
            return true; // "US$ 5 million" split as "US" "$"... or "$ US"
        }
        // "children under 18", "people over 60": an age band
        Token hedge = ts.get(q.hedgeFrom());
        if (q.hedgeFrom() < q.from() && (hedge.is("under") || hedge.is("over") || hedge.is("below") || hedge.is("above"))
                && b1 != null && (Lexicon.PEOPLE.contains(b1.lower) || b1.is("aged"))) {
            return true;
        }
        Token a1 = Token.at(ts, q.to() + 1);
        Token a2 = Token.at(ts, q.to() + 2);
        if (a1 != null && (a1.text.equals("%") || a1.text.equals("‰"))) {
            return true;
        }
        if (a1 != null && (a1.text.equals("-") || a1.text.equals("–")) && a2 != null && a2.isWord()) {
            String w = a2.lower;
            if (w.startsWith("year") || w.startsWith("month") || w.startsWith("week") || w.startsWith("day")
                    || w.startsWith("hour") || w.startsWith("km") || w.startsWith("kilomet") || w.startsWith("mile")
                    || w.startsWith("metre") || w.startsWith("meter") || w.startsWith("storey") || w.startsWith("point")
                    || w.startsWith("member") || w.startsWith("strong") || w.startsWith("bed") || w.startsWith("page")) {
                return true; // "a 12-year-old", "a 90-kilometre road", "a 15-member team"
            }
        }
        // "Bana Alabed, 7, who ...": an age after a name
        if (b1 != null && b1.text.equals(",") && b2 != null && b2.capitalized() && a1 != null && a1.text.equals(",")
                && q.value() <= 120 && !q.words() && q.hedgeFrom() == q.from()) {
            return true;
        }
        // "point 2202", "Resolution 2401" glued or after a capitalised label: a name with a number in it
        if (b1 != null && b1.capitalized() && !b1.allCaps() && q.hedgeFrom() == q.from() && q.value() >= 100
                && ts.get(q.from()).plainDigits() && (a1 == null || !isCountNoun(a1))
                && Lexicon.LABEL_BEFORE.contains(b1.lower)) {
            return true;
        }
        return false;
    }

    static boolean isCountNoun(Token t) {
        return Lexicon.PEOPLE.contains(t.lower) || Lexicon.HOUSEHOLDS.contains(t.lower);
    }

    static boolean destroyedBefore(List<Token> ts, List<Integer> window, int cueAt) {
        for (int k : window) {
            if (k > cueAt) {
                break;
            }
            if (DESTROYED.contains(ts.get(k).lower)) {
                return true;
            }
        }
        return false;
    }

    /** "could be displaced", "expected to flee", "planning for up to 8,000": what may happen is not a figure. */
    static boolean projection(List<Token> ts, Quantity q, List<Integer> window, int until, boolean[] dates) {
        for (int k = Math.max(0, q.hedgeFrom() - 6); k < q.hedgeFrom(); k++) {
            if (projectionWord(ts, k, dates)) {
                return true;
            }
        }
        for (int k : window) {
            if (k > until) {
                break;
            }
            if (projectionWord(ts, k, dates)) {
                return true;
            }
        }
        return false;
    }

    static boolean projectionWord(List<Token> ts, int k, boolean[] dates) {
        Token t = ts.get(k);
        if (dates[k] || t.text.equals("May")) {
            return false;
        }
        if (t.is("risk")) {
            return Token.at(ts, k - 1) != null && Token.at(ts, k - 1).is("at");
        }
        return PROJECTION_WORDS.contains(t.lower) || (MODALS.contains(t.lower) && !pastPossibility(ts, k));
    }

    /** "may have been destroyed", "could not return": said of the past or denied, not a projection. */
    static boolean pastPossibility(List<Token> ts, int modal) {
        Token next = Token.at(ts, modal + 1);
        return next != null && (next.is("have") || next.is("not") || next.lower.equals("n't"));
    }

    static boolean sample(List<Token> ts, Quantity q, int windowEnd) {
        for (int k = Math.max(0, q.hedgeFrom() - 3); k <= Math.min(ts.size() - 1, windowEnd); k++) {
            if (SAMPLE_WORDS.contains(ts.get(k).lower)) {
                return true;
            }
        }
        return false;
    }
}
