package org.humstats.extract;

import java.util.List;

/**
 * The words after a number up to the noun it counts: "120,000 people", "2,400 displaced families", "35,000 were" (no
 * noun: the verb says it), "20 trucks" (not people: no figure).
 */
final class NounPhrase {

    enum Type { PERSON, HOUSEHOLD, DWELLING, BARE, UNKNOWN, REJECT }

    final Type type;
    /** The token of the noun, or of the last word of the phrase. */
    final int at;
    /** What a word before the noun says ("newly displaced people"). */
    final Cue modifierCue;
    /** What the noun says on its own ("IDPs", "fighters"). */
    final Cue nounCue;
    final String noun;
    /** A capitalised word in the phrase: a people's name ("52,000 Afghans"). */
    final boolean capitalised;

    NounPhrase(Type type, int at, Cue modifierCue, Cue nounCue, String noun, boolean capitalised) {
        this.type = type;
        this.at = at;
        this.modifierCue = modifierCue;
        this.nounCue = nounCue;
        this.noun = noun;
        this.capitalised = capitalised;
    }

    /** The noun phrase after a number, up to its noun: "120,000 people", "2,400 families", "35,000 were". */
    static NounPhrase read(List<Token> ts, Quantity q) {
        Cue modifier = null;
        boolean capitalised = false;
        int limit = Math.min(ts.size(), q.to() + 6);
        for (int k = q.to() + 1; k < limit; k++) {
            Token t = ts.get(k);
            if (t.isPunct()) {
                if (t.text.equals("%")) {
                    return new NounPhrase(Type.REJECT, k, null, null, null, false);
                }
                if ((t.text.equals("-") || t.text.equals("‐")) && k + 1 < ts.size() && ts.get(k + 1).isWord()) {
                    continue; // "15,000-strong" handled in notAFigure; "mass-displaced" rare
                }
                return new NounPhrase(capitalised ? Type.PERSON : Type.BARE, k - 1, modifier, null, null, capitalised);
            }
            if (t.isNumber()) {
                return new NounPhrase(Type.BARE, k - 1, modifier, null, null, capitalised);
            }
            String w = t.lower;
            if (w.indexOf('-') > 0 && !Lexicon.PEOPLE.contains(w)) {
                String joined = w.replace("-", "");
                if (Lexicon.PEOPLE.contains(joined) || Lexicon.HOUSEHOLDS.contains(joined) || Lexicon.DWELLINGS.contains(joined)) {
                    w = joined; // "fami-lies": a word broken at the end of a line
                }
            }
            if (w.equals("of") && k == q.to() + 1) {
                // "300,000 of the evacuees", "500 of them": the noun after "of the" is what is counted
                int n = k + 1;
                if (Token.at(ts, n) != null && (Token.at(ts, n).is("the") || Token.at(ts, n).is("these") || Token.at(ts, n).is("those"))) {
                    n++;
                }
                Token noun = Token.at(ts, n);
                if (noun != null && (Lexicon.PEOPLE.contains(noun.lower) || Lexicon.HOUSEHOLDS.contains(noun.lower))) {
                    return new NounPhrase(Lexicon.HOUSEHOLDS.contains(noun.lower) ? Type.HOUSEHOLD : Type.PERSON, n,
                            modifier, Cues.nounCue(noun.lower, n, ts), noun.lower, capitalised);
                }
                for (int j = n; j < Math.min(ts.size(), n + 4); j++) {
                    if (Lexicon.NOT_PEOPLE.contains(ts.get(j).lower)) {
                        return new NounPhrase(Type.REJECT, j, null, null, null, false); // "20 of the country's 34 provinces"
                    }
                }
            }
            if (w.endsWith("displacements") && w.length() > 13) {
                return new NounPhrase(Type.PERSON, k, modifier, new Cue(Cue.DISPLACED, null, k), "displacements", capitalised);
            }
            if (Lexicon.HOUSEHOLDS.contains(w)) {
                return new NounPhrase(Type.HOUSEHOLD, k, modifier, null, w, capitalised);
            }
            if (Lexicon.DWELLINGS.contains(w)) {
                return new NounPhrase(Type.DWELLING, k, modifier, null, w, capitalised);
            }
            if (Lexicon.PEOPLE.contains(w)) {
                if ((w.equals("displaced") || w.equals("injured") || w.equals("wounded") || w.equals("killed")
                        || w.equals("dead") || w.equals("homeless") || w.equals("missing"))
                        && !nounFollows(ts, k + 1)) {
                    // "120,000 displaced" with no noun after: a verb, read from the window
                    return new NounPhrase(Type.BARE, k - 1, modifier, null, null, capitalised);
                }
                if (w.equals("displaced") || w.equals("injured") || w.equals("wounded") || w.equals("dead")
                        || w.equals("killed") || w.equals("missing") || w.equals("homeless")) {
                    Cue c = Cues.nounCue(w, k, ts);
                    if (c != null) {
                        modifier = c;
                    }
                    continue;
                }
                return new NounPhrase(Type.PERSON, k, modifier, Cues.nounCue(w, k, ts), w, capitalised);
            }
            if (Lexicon.NOT_PEOPLE.contains(w)) {
                return new NounPhrase(Type.REJECT, k, null, null, null, false);
            }
            if ((w.equals("and") || w.equals("or")) && nounWithin(ts, k + 1, 2)) {
                continue; // "new and repeated displacements"
            }
            if (t.allCaps() && t.text.length() >= 2) {
                capitalised = true; // "1,500 IS fighters": IS is not "is"
                continue;
            }
            if (Lexicon.PHRASE_ENDS.contains(w) || Lexicon.SPEECH_VERBS.contains(w) || Cues.verbCueWord(w) || Lexicon.OTHER_VERBS.contains(w)) {
                return new NounPhrase(capitalised ? Type.PERSON : Type.BARE, k - 1, modifier, null, null, capitalised);
            }
            if (w.equals("internally") || w.equals("newly") || w.equals("recently")) {
                continue;
            }
            if (t.capitalized() || t.allCaps()) {
                capitalised = true; // "52,000 Afghans", "500 Rohingya", "seven MNDAA troops"
                continue;
            }
            if (w.startsWith("displac") && !w.equals("displacement")) {
                modifier = new Cue(Cue.DISPLACED, null, k); // "displacedpeople" in text copied from a PDF
                continue;
            }
            if (w.length() > 8 && gluedThing(w)) {
                return new NounPhrase(Type.REJECT, k, null, null, null, false); // "provincesduring"
            }
            // any other word is taken as an adjective ("sugar cane workers", "undocumented Afghans")
        }
        return new NounPhrase(capitalised ? Type.PERSON : Type.UNKNOWN, Math.min(ts.size() - 1, q.to()), modifier, null,
                null, capitalised);
    }

    static boolean gluedThing(String w) {
        for (int cut = 5; cut < w.length() - 2; cut++) {
            if (Lexicon.NOT_PEOPLE.contains(w.substring(0, cut))) {
                return true;
            }
        }
        return false;
    }

    static boolean nounWithin(List<Token> ts, int k, int n) {
        for (int j = k; j < Math.min(ts.size(), k + n); j++) {
            Token t = ts.get(j);
            if (!t.isWord() || Lexicon.PHRASE_ENDS.contains(t.lower)) {
                return false;
            }
            if (Lexicon.PEOPLE.contains(t.lower) || Lexicon.HOUSEHOLDS.contains(t.lower)) {
                return true;
            }
        }
        return false;
    }

    static boolean nounFollows(List<Token> ts, int k) {
        for (int j = k; j < Math.min(ts.size(), k + 3); j++) {
            Token t = ts.get(j);
            if (!t.isWord()) {
                return false;
            }
            if (Lexicon.PEOPLE.contains(t.lower) || Lexicon.HOUSEHOLDS.contains(t.lower) || Lexicon.DWELLINGS.contains(t.lower)) {
                return true;
            }
            if (Lexicon.PHRASE_ENDS.contains(t.lower)) {
                return false;
            }
        }
        return false;
    }
}
