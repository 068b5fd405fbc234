package org.humstats.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Which of the places a sentence names is where its figure is. */
final class PlaceChoice {

    static final Set<String> PLACE_TYPES = Lexicon.words("province", "state", "district", "region", "county",
            "governorate", "department", "prefecture", "city", "town", "village", "camp", "area", "territory",
            "municipality", "island", "islands", "valley", "sub-district", "division", "township", "zone", "neighbourhood",
            "neighborhood");

    private PlaceChoice() {
    }

    /** The places named between the number and the end of its phrase ("33,000 from Idlib"). */
    static List<NameIndex.Mention<KnownPlace>> inPhrase(List<NameIndex.Mention<KnownPlace>> all, Quantity q,
            int windowEnd) {
        List<NameIndex.Mention<KnownPlace>> out = new ArrayList<>();
        for (NameIndex.Mention<KnownPlace> m : all) {
            if (m.from() > q.to() && m.to() <= windowEnd) {
                out.add(m);
            }
        }
        return out;
    }

    static NameIndex.Mention<KnownPlace> mostSpecific(List<NameIndex.Mention<KnownPlace>> mentions, Quantity q) {
        NameIndex.Mention<KnownPlace> best = null;
        for (NameIndex.Mention<KnownPlace> m : mentions) {
            if (best == null) {
                best = m;
                continue;
            }
            int a = specificity(m);
            int b = specificity(best);
            if (a > b || (a == b && q != null && distance(m, q) < distance(best, q))) {
                best = m;
            }
        }
        return best;
    }

    static int specificity(NameIndex.Mention<KnownPlace> m) {
        return m.entries().stream().mapToInt(KnownPlace::specificity).min().orElse(0);
    }

    static int distance(NameIndex.Mention<KnownPlace> m, Quantity q) {
        return m.to() < q.from() ? q.from() - m.to() : m.from() - q.to();
    }

    /**
     * One name, several places ("Deir-ez-Zor" is a governorate and its district): the broader one, unless the word after
     * the name says town, city or district.
     */
    static KnownPlace chooseAmong(NameIndex.Mention<KnownPlace> m, List<Token> ts) {
        List<KnownPlace> entries = m.entries();
        if (entries.size() == 1) {
            return entries.get(0);
        }
        Token after = Token.at(ts, m.to() + 1);
        boolean narrow = after != null && Set.of("city", "town", "district", "village").contains(after.lower);
        KnownPlace best = entries.get(0);
        for (KnownPlace p : entries) {
            if (narrow ? p.specificity() > best.specificity() : p.specificity() < best.specificity()) {
                best = p;
            }
        }
        return best;
    }

    /**
     * A place the gazetteer does not know, by how it is written: "in Maule region", "from Kamandi lake", "in Assam".
     * Given as location_text so that an editor sees it; no code is guessed.
     */
    static String unknownPlace(List<Token> ts, Attribution attribution, Quantity q) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int k = 0; k + 1 < ts.size(); k++) {
            Token t = ts.get(k);
            if (!(t.is("in") || t.is("from") || t.is("near") || t.is("across") || t.is("around") || t.is("within")
                    || t.is("to") || t.is("at") || t.is("fled") || t.is("left") || t.is("into"))) {
                continue;
            }
            if (attribution != null && k >= attribution.from() && k <= attribution.to()) {
                continue;
            }
            int s = k + 1;
            if (ts.get(s).is("the") && s + 1 < ts.size()) {
                s++;
            }
            int e = s - 1;
            for (int j = s; j < ts.size() && j < s + 5; j++) {
                Token u = ts.get(j);
                if (u.isWord() && u.capitalized() && !Lexicon.MONTHS.containsKey(u.lower) && !Lexicon.WEEKDAYS.containsKey(u.lower)
                        && !Lexicon.ORGANISATION_WORDS.contains(u.lower) && !u.allCaps()) {
                    e = j;
                } else if (e >= s && u.isWord() && PLACE_TYPES.contains(u.lower)) {
                    e = j;
                    break;
                } else {
                    break;
                }
            }
            if (e >= s && !(ts.get(s).is("the") || Lexicon.ARMED_GROUPS.containsKey(ts.get(s).lower))) {
                int d = k > q.to() ? k - q.to() : q.from() - e;
                if (d < bestDistance) {
                    bestDistance = d;
                    best = joined(ts, s, e);
                }
            }
        }
        return best;
    }

    static String joined(List<Token> ts, int s, int e) {
        StringBuilder b = new StringBuilder(ts.get(s).text);
        for (int j = s + 1; j <= e; j++) {
            b.append(ts.get(j).start() > ts.get(j - 1).end() ? " " : "").append(ts.get(j).text);
        }
        return b.toString();
    }
}
