package org.humstats.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.humstats.figure.Kind;

/**
 * Where the words that say what a number counts are found: the verb after it ("were displaced"), the verb before it
 * ("displaced about 26,000"), a label before it ("IDPs total 122 387"), and the window of its clause those are read in.
 */
final class Cues {

    static final Set<String> ASSISTANCE = Lexicon.words("assistance", "aid", "help", "support", "protection",
            "humanitarian", "food", "shelter", "relief", "services", "care");

    static final Set<String> SHELTER_PLACES = Lexicon.words("camp", "camps", "shelter", "shelters", "centre", "centres",
            "center", "centers", "site", "sites", "settlement", "settlements", "tents", "schools", "churches", "relief",
            "host", "evacuation", "collective", "displacement", "idp", "makeshift", "emergency", "temporary", "transit",
            "monasteries", "mosques", "public", "reception");

    private Cues() {
    }

    /** What a counted noun says on its own: "IDPs", "refugees", "fighters", "deaths", "displacements". */
    static Cue nounCue(String w, int k, List<Token> ts) {
        return switch (w) {
            case "idps", "idp" -> new Cue(Cue.IDPS, Kind.STOCK, k);
            case "displaced" -> Token.at(ts, k - 1) != null && Token.at(ts, k - 1).is("internally") ? new Cue(Cue.IDPS, null, k)
                    : new Cue(Cue.DISPLACED, null, k);
            case "refugees", "refugee", "asylum-seekers" -> new Cue(Cue.REFUGEES, Kind.STOCK, k);
            case "returnees", "returnee" -> new Cue(Cue.RETURNEES, Kind.STOCK, k);
            case "evacuees", "displacements", "evacuations", "homeless" -> new Cue(Cue.DISPLACED, null, k);
            case "fighters", "fighter", "militants", "militant", "combatants", "insurgents", "jihadists" ->
                    new Cue(Cue.FIGHTERS, Kind.STOCK, k);
            case "deaths", "dead", "fatalities", "bodies", "killed" -> new Cue(Cue.KILLED, null, k);
            case "injuries", "injured", "wounded" -> new Cue(Cue.INJURED, null, k);
            default -> null;
        };
    }

    static boolean verbCueWord(String w) {
        return switch (w) {
            case "fled", "flee", "fleeing", "flees", "evacuated", "relocated", "killed", "died", "perished", "injured",
                    "wounded", "returned", "arrived", "crossed", "sheltering", "sheltered", "uprooted", "displaced" -> true;
            default -> false;
        };
    }

    /**
     * The tokens after a number that may say what it counts: up to the end of its clause, the next number that is not
     * an apposition ("2,400 families, or 12,000 people, were evacuated"), a bracket skipped over.
     */
    static List<Integer> window(List<Token> ts, List<Quantity> qs, int qi, int start) {
        List<Integer> out = new ArrayList<>();
        int k = start;
        int count = 0;
        while (k < ts.size() && count < 20) {
            Token t = ts.get(k);
            String s = t.text;
            if (s.equals(";") || s.equals(":") || s.equals(".") || s.equals("!") || s.equals("?")) {
                break;
            }
            if (s.equals("(") || s.equals("[")) {
                int depth = 0;
                while (k < ts.size()) {
                    if (ts.get(k).text.equals("(") || ts.get(k).text.equals("[")) {
                        depth++;
                    } else if (ts.get(k).text.equals(")") || ts.get(k).text.equals("]")) {
                        depth--;
                        if (depth == 0) {
                            break;
                        }
                    }
                    k++;
                }
                k++;
                continue;
            }
            if (s.equals(")") || s.equals("]")) {
                k++;
                continue;
            }
            boolean partitive = Token.at(ts, k - 1) != null && Token.at(ts, k - 1).is("of");
            if (t.is("but") || t.is("while") || t.is("whereas") || t.is("although") || (t.is("which") && !partitive)
                    || (t.is("whom") && !partitive) || t.is("however") || t.is("bringing") || t.is("brings")) {
                break;
            }
            if (t.is("including") || t.is("among")) {
                // "2,800 people, including five with disabilities and 90 infants, took refuge": skip the aside
                int comma = -1;
                for (int j = k + 1; j < Math.min(ts.size(), k + 12); j++) {
                    if (ts.get(j).text.equals(",") || ts.get(j).text.equals(")")) {
                        comma = j;
                        break;
                    }
                    if (verbCueWord(ts.get(j).lower)) {
                        break;
                    }
                }
                if (comma > 0) {
                    k = comma + 1;
                    continue;
                }
            }
            Quantity other = quantityAt(qs, qi, k);
            if (other != null) {
                if (!apposition(ts, other) && !countsThings(ts, other) && !ageBand(ts, other)) {
                    break;
                }
                k = other.to() + 1;
                while (k < ts.size() && ts.get(k).isWord() && !Lexicon.PHRASE_ENDS.contains(ts.get(k).lower)
                        && !verbCueWord(ts.get(k).lower) && k <= other.to() + 4) {
                    k++;
                }
                continue;
            }
            out.add(k);
            count += t.isPunct() ? 0 : 1;
            k++;
        }
        return out;
    }

    static Quantity quantityAt(List<Quantity> qs, int self, int k) {
        for (int i = self + 1; i < qs.size(); i++) {
            Quantity q = qs.get(i);
            if (q.hedgeFrom() <= k && k <= q.to()) {
                return q;
            }
            if (q.hedgeFrom() > k) {
                return null;
            }
        }
        return null;
    }

    /** "children under 18", "people aged 60": an age, inside the phrase of another number. */
    static boolean ageBand(List<Token> ts, Quantity q) {
        Token hedge = ts.get(q.hedgeFrom());
        Token before = Token.at(ts, q.hedgeFrom() - 1);
        return (hedge.is("under") || hedge.is("over") || hedge.is("below") || hedge.is("above") || hedge.is("aged"))
                && before != null && Lexicon.PEOPLE.contains(before.lower)
                || before != null && (before.is("aged") || before.is("age"));
    }

    /** "in 14 districts", "in 21 camps": a number of things inside the phrase of another number. */
    static boolean countsThings(List<Token> ts, Quantity q) {
        for (int k = q.to() + 1; k < Math.min(ts.size(), q.to() + 4); k++) {
            Token t = ts.get(k);
            if (!t.isWord()) {
                return false;
            }
            if (Lexicon.NOT_PEOPLE.contains(t.lower)) {
                return true;
            }
            if (Lexicon.PEOPLE.contains(t.lower) || Lexicon.HOUSEHOLDS.contains(t.lower) || Lexicon.PHRASE_ENDS.contains(t.lower)) {
                return false;
            }
        }
        return false;
    }

    /** "or 12,000 people", "including 4,000 children", "of the 4,000 villagers", "(about 1,600 people)". */
    static boolean apposition(List<Token> ts, Quantity q) {
        Token b1 = Token.at(ts, q.hedgeFrom() - 1);
        Token b2 = Token.at(ts, q.hedgeFrom() - 2);
        if (b1 == null) {
            return false;
        }
        if (b1.is("or") || b1.is("including") || b1.text.equals("(") || b1.is("of")) {
            return true;
        }
        return b1.is("the") && b2 != null && b2.is("of");
    }

    /** "Floods displaced about 26,000", "the evacuation of 618,000", "killing at least 12", "death toll rose to 330". */
    static Cue leftCue(List<Token> ts, Quantity q, NounPhrase head) {
        int steps = 0;
        for (int k = q.hedgeFrom() - 1; k >= 0 && steps < 3; k--) {
            Token t = ts.get(k);
            if (t.isPunct()) {
                if (t.text.equals("-")) {
                    continue;
                }
                return null;
            }
            if (t.isNumber()) {
                return null;
            }
            String w = t.lower;
            Token before = Token.at(ts, k - 1);
            switch (w) {
                case "displaced", "displacing", "displaces", "displace", "uprooted", "uprooting", "uproots" -> {
                    return new Cue(before != null && before.is("internally") ? Cue.IDPS : Cue.DISPLACED, Kind.FLOW, k);
                }
                case "forced", "forcing", "forces", "force", "compelled", "compelling", "drove", "driving", "pushed",
                        "pushing" -> {
                    return new Cue(Cue.DISPLACED, Kind.FLOW, k);
                }
                case "evacuated", "evacuating", "evacuate", "evacuates", "relocated", "relocating" -> {
                    return new Cue(Cue.DISPLACED, Kind.FLOW, k);
                }
                case "killed", "killing", "kills", "kill" -> {
                    return new Cue(Cue.KILLED, Kind.FLOW, k);
                }
                case "injured", "injuring", "injures", "injure", "wounded", "wounding", "wounds" -> {
                    return new Cue(Cue.INJURED, Kind.FLOW, k);
                }
                case "claimed", "claiming", "cost", "costing", "took" -> {
                    if ("lives".equals(head.noun)) {
                        return new Cue(Cue.KILLED, Kind.FLOW, k);
                    }
                    return null;
                }
                case "of" -> {
                    if (before == null) {
                        return null;
                    }
                    return switch (before.lower) {
                        case "displacement", "displacements", "evacuation", "evacuations", "relocation", "exodus",
                                "flight", "influx", "arrival", "arrivals", "uprooting" -> new Cue(Cue.DISPLACED, Kind.FLOW, k);
                        case "deaths", "death", "killing", "killings", "massacre" -> new Cue(Cue.KILLED, Kind.FLOW, k);
                        case "return", "returns" -> new Cue(Cue.RETURNEES, Kind.FLOW, k);
                        case "injury", "injuries", "wounding" -> new Cue(Cue.INJURED, Kind.FLOW, k);
                        default -> null;
                    };
                }
                case "toll" -> {
                    return new Cue(Cue.KILLED, Kind.FLOW, k);
                }
                case "hosting", "hosts", "hosted", "sheltering", "housing", "accommodating", "accommodates" -> {
                    return new Cue(Cue.DISPLACED, Kind.STOCK, k);
                }
                case "the", "a", "an", "another", "further", "additional", "some", "newly", "also", "now", "reportedly",
                        "at", "to", "rose", "risen", "reached", "climbed", "stood", "stands", "jumped", "increased" -> {
                    // skipped without counting: "displaced another 500", "death toll rose to 330"
                }
                case "when", "after", "as", "while", "because", "since", "and", "or", "but", "where", "who", "which", "that",
                        "if", "following", "before", "whereas", "although", "though", "until" -> {
                    return null; // another clause: "92,000 were displaced when 25,000 homes collapsed"
                }
                default -> {
                    if (w.startsWith("displaced") && w.length() > 9) {
                        return new Cue(Cue.DISPLACED, Kind.FLOW, k); // "displacedabout", copied out of a PDF
                    }
                    steps++;
                }
            }
        }
        return null;
    }

    /** "The total number of returnees from Pakistan ... now stands at about 211,000", "... is now 253,000". */
    static Cue numberOfCue(List<Token> ts, Quantity q) {
        int k = q.hedgeFrom() - 1;
        while (k >= 0 && Set.of("now", "about", "at", "approximately", "some", "around", "nearly", "almost").contains(ts.get(k).lower)) {
            k--;
        }
        if (k < 0 || !Set.of("is", "was", "stands", "stood", "reached", "to", "totals", "totalled", "totaled", "rose",
                "reaches", "be").contains(ts.get(k).lower)) {
            return null;
        }
        for (int j = 0; j + 1 < k; j++) {
            if (ts.get(j).is("number") && ts.get(j + 1).is("of")) {
                for (int n = j + 2; n < Math.min(k, j + 8); n++) {
                    Cue c = nounCue(ts.get(n).lower, n, ts);
                    if (c != null) {
                        return new Cue(c.metric, null, n);
                    }
                }
            }
        }
        return null;
    }

    /**
     * A label before the number, as in tables and lists: "Number of displaced: 452", "IDPs total 122 387",
     * "Evacuation total people: 3,614".
     */
    static Cue labelCue(List<Token> ts, Quantity q) {
        boolean colon = false;
        int others = 0;
        for (int k = q.hedgeFrom() - 1; k >= Math.max(0, q.hedgeFrom() - 6); k--) {
            Token t = ts.get(k);
            if (t.isPunct()) {
                if ((t.text.equals(":") || t.text.equals("=")) && !colon) {
                    colon = true;
                    continue;
                }
                return null;
            }
            if (t.isNumber()) {
                return null;
            }
            String w = t.lower;
            if (!colon && Lexicon.PHRASE_ENDS.contains(w) && !w.equals("of")) {
                return null; // "displaced across 15 provinces": a phrase, not a label
            }
            if (w.startsWith("evacu") || w.startsWith("displace") || w.startsWith("deplace")) {
                return new Cue(Cue.DISPLACED, null, k);
            }
            Cue c = nounCue(w, k, ts);
            if (c != null) {
                return c;
            }
            if (!Set.of("total", "number", "of", "people", "persons", "individuals", "individu", "figure").contains(w)
                    && ++others > 1) {
                return null;
            }
        }
        return null;
    }

    /** The first verb after the number that says what happened to the people it counts. */
    static Cue rightCue(List<Token> ts, List<Integer> window) {
        Cue participle = null;
        for (int idx = 0; idx < window.size(); idx++) {
            int k = window.get(idx);
            Token t = ts.get(k);
            String w = t.lower;
            Token prev = Token.at(ts, k - 1);
            Token next = Token.at(ts, k + 1);
            Token next2 = Token.at(ts, k + 2);
            if (Lexicon.OTHER_VERBS.contains(w)) {
                if (next != null && (next.is("and") || next.is("or")) && next2 != null && !next2.isNumber()) {
                    continue; // "were affected and evacuated"
                }
                return participle;
            }
            switch (w) {
                case "displaced", "uprooted" -> {
                    Cue c = new Cue(prev != null && prev.is("internally") ? Cue.IDPS : Cue.DISPLACED, Kind.FLOW, k);
                    if (idx == 0 && participle == null && window.size() > 1 && !(prev != null && prev.isWord()
                            && Set.of("were", "was", "are", "is", "been", "be", "remain", "remained", "remains", "still",
                            "newly", "internally").contains(prev.lower))) {
                        // "57,000 people displaced from Mosul ... returned home": a participle describing the people;
                        // the main verb, if there is one, says what the number counts.
                        participle = c;
                        continue;
                    }
                    return c;
                }
                case "fled", "flee", "fleeing", "flees", "escaped", "escaping", "evacuated", "evacuate", "evacuating",
                        "relocated", "arrived", "arriving" -> {
                    return new Cue(Cue.DISPLACED, Kind.FLOW, k);
                }
                case "forced", "pushed", "compelled" -> {
                    if (next != null && Set.of("out", "from", "to", "into", "over", "across", "back", "by").contains(next.lower)) {
                        return new Cue(Cue.DISPLACED, Kind.FLOW, k);
                    }
                }
                case "accommodated", "housed", "hosted" -> {
                    return new Cue(Cue.DISPLACED, Kind.STOCK, k);
                }
                case "return" -> {
                    if (prev != null && prev.is("to") && Token.at(ts, k - 2) != null && Token.at(ts, k - 2).is("able")) {
                        return new Cue(Cue.RETURNEES, Kind.FLOW, k);
                    }
                }
                case "homeless" -> {
                    return new Cue(Cue.DISPLACED, null, k);
                }
                case "sheltering", "sheltered" -> {
                    return new Cue(Cue.DISPLACED, Kind.STOCK, k);
                }
                case "shelter", "refuge", "safety" -> {
                    if (prev != null && Set.of("took", "taken", "taking", "sought", "seek", "seeking", "find", "found",
                            "finding", "take").contains(prev.lower)) {
                        return new Cue(Cue.DISPLACED, Kind.FLOW, k);
                    }
                }
                case "asylum" -> {
                    return new Cue(Cue.REFUGEES, Kind.FLOW, k);
                }
                case "crossed", "crossing" -> {
                    return new Cue(Cue.REFUGEES, Kind.FLOW, k);
                }
                case "killed", "died", "dead", "perished", "slain", "massacred", "executed", "murdered", "drowned", "die",
                        "dies", "dying" -> {
                    return new Cue(Cue.KILLED, Kind.FLOW, k);
                }
                case "lost" -> {
                    if (next != null && (next.is("their") || next.is("his") || next.is("her")) && next2 != null
                            && (next2.is("lives") || next2.is("life"))) {
                        return new Cue(Cue.KILLED, Kind.FLOW, k);
                    }
                    if (next != null && (next.is("their") || next.is("his") || next.is("her")) && next2 != null
                            && (next2.is("homes") || next2.is("home") || next2.is("houses"))) {
                        return new Cue(Cue.DISPLACED, Kind.FLOW, k);
                    }
                }
                case "injured", "wounded", "hurt" -> {
                    return new Cue(Cue.INJURED, Kind.FLOW, k);
                }
                case "returned", "returning", "returnees" -> {
                    return new Cue(Cue.RETURNEES, Kind.FLOW, k);
                }
                case "need", "needs", "needing", "require", "requires", "required", "requiring" -> {
                    boolean inNeed = prev != null && Set.of("in", "urgent", "dire", "acute", "critical", "desperate", "of")
                            .contains(prev.lower);
                    for (int j = k + 1; j < Math.min(ts.size(), k + 6) && !inNeed; j++) {
                        inNeed = ASSISTANCE.contains(ts.get(j).lower);
                    }
                    if (inNeed) {
                        return new Cue(Cue.IN_NEED, Kind.STOCK, k);
                    }
                }
                case "staying", "living", "stayed", "live", "lived", "remain", "remained", "remains", "sleeping",
                        "stay" -> {
                    for (int j = k + 1; j < Math.min(ts.size(), k + 6); j++) {
                        if (SHELTER_PLACES.contains(ts.get(j).lower)) {
                            return new Cue(Cue.DISPLACED, Kind.STOCK, k);
                        }
                        if (ts.get(j).lower.equals("displaced")) {
                            break;
                        }
                    }
                }
                case "in", "into", "at" -> {
                    // "in relief camp", "in nine evacuation centres", "into Melkadida refugee camp", "at the emergency
                    // evacuation centres"
                    for (int j = k + 1; j < Math.min(ts.size(), k + 5); j++) {
                        Token u = ts.get(j);
                        if (u.isPunct() || Lexicon.PHRASE_ENDS.contains(u.lower) && !u.is("the")) {
                            break;
                        }
                        if (SHELTER_PLACES.contains(u.lower) && !u.is("host") && !u.is("public") && !u.is("emergency")
                                && !u.is("temporary") && !(u.is("relief") && Token.at(ts, j + 1) != null
                                && !SHELTER_PLACES.contains(Token.at(ts, j + 1).lower))) {
                            return new Cue(Cue.DISPLACED, Kind.STOCK, k);
                        }
                    }
                    if (next != null && next.is("need")) {
                        return new Cue(Cue.IN_NEED, Kind.STOCK, k);
                    }
                }
                case "moved" -> {
                    if (next != null && (next.is("away") || next.is("to") || next.is("towards") || next.is("into")
                            || next.is("out"))) {
                        return new Cue(Cue.DISPLACED, Kind.FLOW, k);
                    }
                }
                case "left" -> {
                    if (next != null && (next.is("their") || next.is("his") || next.is("her")) && next2 != null
                            && Set.of("homes", "home", "villages", "village", "houses", "town", "towns").contains(next2.lower)) {
                        return new Cue(Cue.DISPLACED, Kind.FLOW, k);
                    }
                    // "left eastern Aleppo", "left Mosul": leaving a named place
                    Token place = next != null && Set.of("eastern", "western", "northern", "southern", "central", "the")
                            .contains(next.lower) ? next2 : next;
                    if (place != null && place.capitalized() && !Lexicon.MONTHS.containsKey(place.lower)
                            && !Lexicon.WEEKDAYS.containsKey(place.lower)) {
                        return new Cue(Cue.DISPLACED, Kind.FLOW, k);
                    }
                }
                case "leave" -> {
                    if (prev != null && prev.is("to")) {
                        return new Cue(Cue.DISPLACED, Kind.FLOW, k);
                    }
                }
                case "driven" -> {
                    if (next != null && (next.is("from") || next.is("out"))) {
                        return new Cue(Cue.DISPLACED, Kind.FLOW, k);
                    }
                }
                default -> {
                    Cue glued = gluedCue(w, k);
                    if (glued != null) {
                        return glued;
                    }
                }
            }
        }
        return participle;
    }

    /**
     * Words run together, as in text copied out of PDFs: "displacedabout", "hadevacuated", "weredisplaced",
     * "fledShirqat".
     */
    static Cue gluedCue(String w, int k) {
        if (w.length() < 8) {
            return null;
        }
        for (String stem : new String[] {"displaced", "evacuated", "fled", "killed", "returned", "injured"}) {
            int at = w.indexOf(stem);
            if (at < 0 || w.length() - stem.length() < 2) {
                continue;
            }
            String before = w.substring(0, at);
            boolean auxiliary = before.isEmpty() || Set.of("had", "have", "has", "were", "was", "been", "are").contains(before);
            if (!auxiliary) {
                continue;
            }
            String metric = switch (stem) {
                case "killed" -> Cue.KILLED;
                case "returned" -> Cue.RETURNEES;
                case "injured" -> Cue.INJURED;
                default -> Cue.DISPLACED;
            };
            return new Cue(metric, Kind.FLOW, k);
        }
        return null;
    }
}
