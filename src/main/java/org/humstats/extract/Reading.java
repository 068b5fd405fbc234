package org.humstats.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.humstats.figure.DatePrecision;
import org.humstats.figure.Kind;
import org.humstats.figure.Qualifier;

/**
 * One reading of one report: sentence by sentence, each number is checked against what is not a figure (dates, ages,
 * distances, percentages, amounts, codes, sample sizes, projections), then given a metric from the words around it
 * (a verb beside it wins over the noun it counts), a kind and period from the time the sentence speaks of, a place,
 * and the source the sentence attributes it to.
 */
final class Reading {

    static final String DISPLACED = "displaced";
    static final String IDPS = "idps";
    static final String REFUGEES = "refugees";
    static final String RETURNEES = "returnees";
    static final String KILLED = "killed";
    static final String INJURED = "injured";
    static final String FIGHTERS = "fighters";
    static final String IN_NEED = "in_need";

    /** Words that end the noun phrase of a number: verbs, auxiliaries, prepositions, conjunctions. */
    private static final Set<String> PHRASE_ENDS = Lexicon.words("were", "was", "are", "is", "have", "has", "had", "been", "be",
            "being", "will", "would", "could", "may", "might", "should", "can", "shall", "who", "that", "which", "whom",
            "whose", "from", "in", "on", "at", "to", "into", "across", "within", "near", "around", "of", "and", "or", "but",
            "as", "than", "including", "while", "after", "before", "during", "since", "between", "by", "with", "without",
            "for", "this", "these", "those", "reportedly", "also", "still", "already", "now", "only", "each", "remain",
            "remained", "remains", "remaining", "towards", "toward", "inside", "outside", "per", "out", "through", "over",
            "under", "among", "amid", "following", "due", "because", "when", "where", "there", "they", "it", "the", "a",
            "an", "had", "currently", "having", "allegedly", "mostly", "mainly", "its", "their", "his", "her", "more",
            "less", "altogether", "so", "too", "all", "both", "either", "about", "like", "until", "up");

    /** Verbs about people that say nothing this service counts: the number belongs to them, not to a later verb. */
    private static final Set<String> OTHER_VERBS = Lexicon.words("trapped", "besieged", "affected", "stranded", "missing",
            "rescued", "arrested", "detained", "abducted", "kidnapped", "vaccinated", "treated", "reached", "assisted",
            "received", "helped", "benefited", "attended", "enrolled", "employed", "participated", "voted", "protested",
            "gathered", "rallied", "trained", "recruited", "released", "freed", "deployed", "hired", "fed", "served",
            "supported", "screened", "tested", "infected", "sickened", "hospitalised", "hospitalized", "damaged",
            "destroyed", "collapsed", "flooded", "burnt", "burned", "buried");

    private static final Set<String> STOCK_WORDS = Lexicon.words("remain", "remained", "remains", "remaining", "still",
            "currently", "living", "live", "staying", "sheltering", "hosting", "hosts", "hosted", "registered", "there",
            "total", "stranded", "sheltered", "housed", "accommodated");

    private static final Set<String> PROJECTION_WORDS = Lexicon.words("expected", "expects", "expect", "likely", "projected",
            "projection", "projections", "forecast", "forecasts", "anticipated", "anticipate", "anticipates", "planning",
            "plans", "plan", "planned", "preparing", "prepare", "prepares", "prepared", "contingency", "scenario", "risk",
            "potential", "potentially", "target", "targets", "targeting", "targeted", "aims", "aim", "aiming", "intends",
            "seeks", "hopes", "appeal", "appealing");

    private static final Set<String> MODALS = Lexicon.words("could", "may", "might", "would", "will", "shall");

    private static final Set<String> SAMPLE_WORDS = Lexicon.words("surveyed", "interviewed", "sampled", "polled", "questioned",
            "respondents", "survey", "sample", "interviews", "enumerated", "consulted");

    private static final Set<String> ASSISTANCE = Lexicon.words("assistance", "aid", "help", "support", "protection",
            "humanitarian", "food", "shelter", "relief", "services", "care");

    private static final Set<String> SHELTER_PLACES = Lexicon.words("camp", "camps", "shelter", "shelters", "centre", "centres",
            "center", "centers", "site", "sites", "settlement", "settlements", "tents", "schools", "churches", "relief",
            "host", "evacuation", "collective", "displacement", "idp", "makeshift", "emergency", "temporary", "transit",
            "monasteries", "mosques", "public", "reception");

    private static final Set<String> DESTROYED = Lexicon.words("destroyed", "damaged", "collapsed", "flooded", "burnt", "burned",
            "razed", "demolished", "swept", "inundated", "submerged", "levelled", "leveled", "looted");

    private static final Set<String> PLACE_TYPES = Lexicon.words("province", "state", "district", "region", "county",
            "governorate", "department", "prefecture", "city", "town", "village", "camp", "area", "territory",
            "municipality", "island", "islands", "valley", "sub-district", "division", "township", "zone", "neighbourhood",
            "neighborhood");

    private final String text;
    private final LocalDate published;
    private final String publisher;
    private final NameIndex<KnownPlace> placeIndex;
    private final NameIndex<KnownSource> sourceIndex;
    private final List<Sentences.Span> sentences;
    private final List<Token>[] tokens;
    private final List<NameIndex.Mention<KnownPlace>>[] places;
    private final List<NameIndex.Mention<KnownSource>>[] sources;
    /** Per sentence, the nearest earlier sentence that names a known place (-1: none), once worked out. */
    private final int[] placeBefore;

    Reading(String text, LocalDate published, String publisher, NameIndex<KnownPlace> placeIndex,
            NameIndex<KnownSource> sourceIndex) {
        this.text = text;
        this.published = published;
        this.publisher = publisher;
        this.placeIndex = placeIndex;
        this.sourceIndex = sourceIndex;
        this.sentences = Sentences.split(text);
        int n = sentences.size();
        this.tokens = newArray(n);
        this.places = newArray(n);
        this.sources = newArray(n);
        this.placeBefore = new int[n];
        java.util.Arrays.fill(placeBefore, -2);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T>[] newArray(int n) {
        return (List<T>[]) new List<?>[n];
    }

    /** A figure as read, before the place and source are settled. */
    private record Claim(Quantity q, String metric, Kind kindHint, String unit, String subject, String sex, String age,
                         int strength, Head head, int windowEnd, boolean dwelling) {
    }

    private record Cue(String metric, Kind kind, int at) {
    }

    private enum HeadType { PERSON, HOUSEHOLD, DWELLING, BARE, UNKNOWN, REJECT }

    /** The noun a number counts, and what its modifiers say ("newly displaced", "IS"). */
    private record Head(HeadType type, int at, Cue modifierCue, Cue nounCue, String noun, boolean capitalised) {
    }

    private record Proposal(ProposedFigure figure, boolean statedPeriod) {
    }

    List<ProposedFigure> run() {
        List<Proposal> out = new ArrayList<>();
        for (int si = 0; si < sentences.size(); si++) {
            readSentence(si, out);
        }
        return deduplicated(out);
    }

    private List<Token> tokens(int si) {
        if (tokens[si] == null) {
            Sentences.Span s = sentences.get(si);
            tokens[si] = Tokenizer.tokenize(text, s.start(), s.end());
        }
        return tokens[si];
    }

    private List<NameIndex.Mention<KnownSource>> sources(int si) {
        if (sources[si] == null) {
            sources[si] = sourceIndex.find(text, tokens(si), 0, tokens(si).size());
        }
        return sources[si];
    }

    /** The nearest sentence before {@code si} that names a known place, or -1. */
    private int sentenceWithPlaceBefore(int si) {
        if (si == 0) {
            return -1;
        }
        if (placeBefore[si] == -2) {
            placeBefore[si] = !places(si - 1).isEmpty() ? si - 1 : sentenceWithPlaceBefore(si - 1);
        }
        return placeBefore[si];
    }

    /** The places a sentence names, leaving out words that are part of a source's name ("Syrian Observatory"). */
    private List<NameIndex.Mention<KnownPlace>> places(int si) {
        if (places[si] != null) {
            return places[si];
        }
        List<NameIndex.Mention<KnownPlace>> found = placeIndex.find(text, tokens(si), 0, tokens(si).size());
        List<NameIndex.Mention<KnownSource>> names = found.isEmpty() ? List.of() : sources(si);
        List<NameIndex.Mention<KnownPlace>> kept = found;
        if (!names.isEmpty()) {
            kept = new ArrayList<>();
            for (NameIndex.Mention<KnownPlace> p : found) {
                boolean inSource = names.stream().anyMatch(s -> p.from() <= s.to() && p.to() >= s.from());
                if (!inSource) {
                    kept.add(p);
                }
            }
        }
        places[si] = kept;
        return kept;
    }

    private void readSentence(int si, List<Proposal> out) {
        List<Token> ts = tokens(si);
        if (!mayHoldNumber(ts)) {
            return;
        }
        boolean[] dates = new boolean[ts.size()];
        List<TimePhrase> times = TimeExpressions.find(ts, published, dates);
        List<Quantity> qs = Quantities.find(ts, dates);
        if (qs.isEmpty()) {
            return;
        }
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < qs.size(); i++) {
            Claim c = claim(ts, qs, i, claims, dates);
            if (c != null) {
                claims.add(c);
            }
        }
        if (claims.isEmpty()) {
            return;
        }
        List<NameIndex.Mention<KnownPlace>> sentencePlaces = places(si);
        Attribution attribution = Attribution.find(text, ts, sources(si), sentencePlaces);
        List<NameIndex.Mention<KnownPlace>> where = new ArrayList<>();
        for (NameIndex.Mention<KnownPlace> p : sentencePlaces) {
            if (attribution == null || p.to() < attribution.from() || p.from() > attribution.to()) {
                where.add(p);
            }
        }
        String cause = cause(ts);
        Sentences.Span span = sentences.get(si);
        for (Claim c : claims) {
            out.add(propose(si, ts, span, c, times, where, attribution, cause));
        }
    }

    /** Digits, or a number in words ("two", "twenty-one", "a million"): most sentences have neither. */
    private static boolean mayHoldNumber(List<Token> ts) {
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            if (t.isNumber() || Lexicon.SMALL_NUMBERS.containsKey(t.lower)) {
                return true;
            }
            if ((t.is("a") || t.is("an")) && i + 1 < ts.size() && Lexicon.SCALES.containsKey(ts.get(i + 1).lower)) {
                return true;
            }
            int dash = t.lower.indexOf('-');
            if (dash > 0 && Lexicon.SMALL_NUMBERS.containsKey(t.lower.substring(0, dash))) {
                return true;
            }
        }
        return false;
    }

    private static Token at(List<Token> ts, int i) {
        return i >= 0 && i < ts.size() ? ts.get(i) : null;
    }

    // -----------------------------------------------------------------------------------------------------------------
    // Is it a figure, and of what?

    private Claim claim(List<Token> ts, List<Quantity> qs, int qi, List<Claim> earlier, boolean[] dates) {
        Quantity q = qs.get(qi);
        if (q.value() <= 0 || notAFigure(ts, q, dates)) {
            return null;
        }
        Head head = head(ts, q);
        if (head.type == HeadType.REJECT) {
            return null;
        }
        if (q.words() && (head.type == HeadType.BARE || head.type == HeadType.UNKNOWN || head.at - q.to() > 3)) {
            return null; // "one of the", "ten buses": a number in words must count people right after it
        }
        int windowStart = head.type == HeadType.BARE || head.type == HeadType.UNKNOWN ? q.to() + 1 : head.at + 1;
        List<Integer> window = window(ts, qs, qi, windowStart);
        int windowEnd = window.isEmpty() ? q.to() : window.get(window.size() - 1);
        Cue left = leftCue(ts, q, head);
        Cue right = rightCue(ts, window);
        int projectionEnd = left == null && right != null ? right.at : windowEnd;
        if (projection(ts, q, window, projectionEnd, dates) || sample(ts, q, windowEnd)) {
            return null;
        }
        Cue specific = head.modifierCue != null && !head.modifierCue.metric.equals(DISPLACED) ? head.modifierCue
                : head.nounCue != null && !head.nounCue.metric.equals(DISPLACED) ? head.nounCue : null;
        if (left != null && left.kind == Kind.STOCK && specific != null) {
            left = new Cue(specific.metric, Kind.STOCK, left.at); // "the camp hosts 6,000 internally displaced people"
        }
        Cue chosen;
        int strength;
        if (left != null) {
            chosen = left;
            strength = 3;
        } else if (right != null && !(right.kind == Kind.STOCK && head.nounCue != null
                && !head.nounCue.metric.equals(DISPLACED))) {
            chosen = right;
            strength = 3;
        } else if (head.modifierCue != null) {
            chosen = head.modifierCue;
            strength = 2;
        } else if (head.nounCue != null) {
            chosen = head.nounCue;
            strength = 2;
        } else if (labelCue(ts, q) != null) {
            chosen = labelCue(ts, q);
            strength = 2;
        } else if (numberOfCue(ts, q) != null) {
            chosen = numberOfCue(ts, q);
            strength = 2;
        } else {
            chosen = inherited(ts, qs, qi, head, earlier);
            strength = 1;
        }
        if (chosen == null) {
            return null;
        }
        String metric = chosen.metric;
        if (head.type == HeadType.DWELLING) {
            if (!metric.equals(DISPLACED) || destroyedBefore(ts, window, left != null ? Integer.MAX_VALUE : chosen.at)) {
                return null; // houses destroyed count houses, not people
            }
        }
        if (head.noun != null && head.noun.equals("lives") && !metric.equals(KILLED)) {
            return null;
        }
        String unit = head.type == HeadType.HOUSEHOLD || head.type == HeadType.DWELLING
                ? ProposedFigure.HOUSEHOLDS : ProposedFigure.PEOPLE;
        if (head.type == HeadType.BARE && chosen.at < q.from()) {
            // "the number of displaced families is estimated to be 349": the unit is in the label
            for (int k = Math.max(0, chosen.at - 1); k <= Math.min(q.from() - 1, chosen.at + 2); k++) {
                if (Lexicon.HOUSEHOLDS.contains(ts.get(k).lower)) {
                    unit = ProposedFigure.HOUSEHOLDS;
                }
            }
        }
        String noun = head.noun == null ? null : head.noun;
        String subject = noun == null ? null : Lexicon.SUBJECTS.get(noun);
        if (metric.equals(FIGHTERS) || (noun != null && Set.of("fighters", "militants", "jihadists", "insurgents",
                "combatants", "fighter", "militant").contains(noun))) {
            String group = armedGroup(ts, q);
            if (group != null) {
                subject = group;
            }
        }
        String sex = null;
        String age = null;
        if (subject != null) {
            switch (subject) {
                case "children" -> age = "0-17";
                case "women" -> sex = "female";
                case "men" -> sex = "male";
                case "girls" -> {
                    sex = "female";
                    age = "0-17";
                }
                case "boys" -> {
                    sex = "male";
                    age = "0-17";
                }
                default -> { }
            }
        }
        return new Claim(q, metric, chosen.kind, unit, subject, sex, age, strength, head, windowEnd,
                head.type == HeadType.DWELLING);
    }

    /** Labels, codes, amounts, ages, percentages and ranks. */
    private static boolean notAFigure(List<Token> ts, Quantity q, boolean[] dates) {
        Token b1 = q.hedgeFrom() > 0 && dates[q.hedgeFrom() - 1] ? null : at(ts, q.hedgeFrom() - 1);
        Token b2 = at(ts, q.hedgeFrom() - 2);
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
        Token a1 = at(ts, q.to() + 1);
        Token a2 = at(ts, q.to() + 2);
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

    private static boolean isCountNoun(Token t) {
        return Lexicon.PEOPLE.contains(t.lower) || Lexicon.HOUSEHOLDS.contains(t.lower);
    }

    /** The noun phrase after a number, up to its noun: "120,000 people", "2,400 families", "35,000 were". */
    private static Head head(List<Token> ts, Quantity q) {
        Cue modifier = null;
        boolean capitalised = false;
        int limit = Math.min(ts.size(), q.to() + 6);
        for (int k = q.to() + 1; k < limit; k++) {
            Token t = ts.get(k);
            if (t.isPunct()) {
                if (t.text.equals("%")) {
                    return new Head(HeadType.REJECT, k, null, null, null, false);
                }
                if ((t.text.equals("-") || t.text.equals("‐")) && k + 1 < ts.size() && ts.get(k + 1).isWord()) {
                    continue; // "15,000-strong" handled in notAFigure; "mass-displaced" rare
                }
                return new Head(capitalised ? HeadType.PERSON : HeadType.BARE, k - 1, modifier, null, null, capitalised);
            }
            if (t.isNumber()) {
                return new Head(HeadType.BARE, k - 1, modifier, null, null, capitalised);
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
                if (at(ts, n) != null && (at(ts, n).is("the") || at(ts, n).is("these") || at(ts, n).is("those"))) {
                    n++;
                }
                Token noun = at(ts, n);
                if (noun != null && (Lexicon.PEOPLE.contains(noun.lower) || Lexicon.HOUSEHOLDS.contains(noun.lower))) {
                    return new Head(Lexicon.HOUSEHOLDS.contains(noun.lower) ? HeadType.HOUSEHOLD : HeadType.PERSON, n,
                            modifier, nounCue(noun.lower, n, ts), noun.lower, capitalised);
                }
                for (int j = n; j < Math.min(ts.size(), n + 4); j++) {
                    if (Lexicon.NOT_PEOPLE.contains(ts.get(j).lower)) {
                        return new Head(HeadType.REJECT, j, null, null, null, false); // "20 of the country's 34 provinces"
                    }
                }
            }
            if (w.endsWith("displacements") && w.length() > 13) {
                return new Head(HeadType.PERSON, k, modifier, new Cue(DISPLACED, null, k), "displacements", capitalised);
            }
            if (Lexicon.HOUSEHOLDS.contains(w)) {
                return new Head(HeadType.HOUSEHOLD, k, modifier, null, w, capitalised);
            }
            if (Lexicon.DWELLINGS.contains(w)) {
                return new Head(HeadType.DWELLING, k, modifier, null, w, capitalised);
            }
            if (Lexicon.PEOPLE.contains(w)) {
                if ((w.equals("displaced") || w.equals("injured") || w.equals("wounded") || w.equals("killed")
                        || w.equals("dead") || w.equals("homeless") || w.equals("missing"))
                        && !nounFollows(ts, k + 1)) {
                    // "120,000 displaced" with no noun after: a verb, read from the window
                    return new Head(HeadType.BARE, k - 1, modifier, null, null, capitalised);
                }
                if (w.equals("displaced") || w.equals("injured") || w.equals("wounded") || w.equals("dead")
                        || w.equals("killed") || w.equals("missing") || w.equals("homeless")) {
                    Cue c = nounCue(w, k, ts);
                    if (c != null) {
                        modifier = c;
                    }
                    continue;
                }
                return new Head(HeadType.PERSON, k, modifier, nounCue(w, k, ts), w, capitalised);
            }
            if (Lexicon.NOT_PEOPLE.contains(w)) {
                return new Head(HeadType.REJECT, k, null, null, null, false);
            }
            if ((w.equals("and") || w.equals("or")) && nounWithin(ts, k + 1, 2)) {
                continue; // "new and repeated displacements"
            }
            if (t.allCaps() && t.text.length() >= 2) {
                capitalised = true; // "1,500 IS fighters": IS is not "is"
                continue;
            }
            if (PHRASE_ENDS.contains(w) || Lexicon.SPEECH_VERBS.contains(w) || verbCueWord(w) || OTHER_VERBS.contains(w)) {
                return new Head(capitalised ? HeadType.PERSON : HeadType.BARE, k - 1, modifier, null, null, capitalised);
            }
            if (w.equals("internally") || w.equals("newly") || w.equals("recently")) {
                continue;
            }
            if (t.capitalized() || t.allCaps()) {
                capitalised = true; // "52,000 Afghans", "500 Rohingya", "seven MNDAA troops"
                continue;
            }
            if (w.startsWith("displac") && !w.equals("displacement")) {
                modifier = new Cue(DISPLACED, null, k); // "displacedpeople" in text copied from a PDF
                continue;
            }
            if (w.length() > 8 && gluedThing(w)) {
                return new Head(HeadType.REJECT, k, null, null, null, false); // "provincesduring"
            }
            // any other word is taken as an adjective ("sugar cane workers", "undocumented Afghans")
        }
        return new Head(capitalised ? HeadType.PERSON : HeadType.UNKNOWN, Math.min(ts.size() - 1, q.to()), modifier, null,
                null, capitalised);
    }

    private static boolean gluedThing(String w) {
        for (int cut = 5; cut < w.length() - 2; cut++) {
            if (Lexicon.NOT_PEOPLE.contains(w.substring(0, cut))) {
                return true;
            }
        }
        return false;
    }

    private static boolean nounWithin(List<Token> ts, int k, int n) {
        for (int j = k; j < Math.min(ts.size(), k + n); j++) {
            Token t = ts.get(j);
            if (!t.isWord() || PHRASE_ENDS.contains(t.lower)) {
                return false;
            }
            if (Lexicon.PEOPLE.contains(t.lower) || Lexicon.HOUSEHOLDS.contains(t.lower)) {
                return true;
            }
        }
        return false;
    }

    private static boolean nounFollows(List<Token> ts, int k) {
        for (int j = k; j < Math.min(ts.size(), k + 3); j++) {
            Token t = ts.get(j);
            if (!t.isWord()) {
                return false;
            }
            if (Lexicon.PEOPLE.contains(t.lower) || Lexicon.HOUSEHOLDS.contains(t.lower) || Lexicon.DWELLINGS.contains(t.lower)) {
                return true;
            }
            if (PHRASE_ENDS.contains(t.lower)) {
                return false;
            }
        }
        return false;
    }

    /** What a counted noun says on its own: "IDPs", "refugees", "fighters", "deaths", "displacements". */
    private static Cue nounCue(String w, int k, List<Token> ts) {
        return switch (w) {
            case "idps", "idp" -> new Cue(IDPS, Kind.STOCK, k);
            case "displaced" -> at(ts, k - 1) != null && at(ts, k - 1).is("internally") ? new Cue(IDPS, null, k)
                    : new Cue(DISPLACED, null, k);
            case "refugees", "refugee", "asylum-seekers" -> new Cue(REFUGEES, Kind.STOCK, k);
            case "returnees", "returnee" -> new Cue(RETURNEES, Kind.STOCK, k);
            case "evacuees", "displacements", "evacuations", "homeless" -> new Cue(DISPLACED, null, k);
            case "fighters", "fighter", "militants", "militant", "combatants", "insurgents", "jihadists" ->
                    new Cue(FIGHTERS, Kind.STOCK, k);
            case "deaths", "dead", "fatalities", "bodies", "killed" -> new Cue(KILLED, null, k);
            case "injuries", "injured", "wounded" -> new Cue(INJURED, null, k);
            default -> null;
        };
    }

    private static boolean verbCueWord(String w) {
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
    private static List<Integer> window(List<Token> ts, List<Quantity> qs, int qi, int start) {
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
            boolean partitive = at(ts, k - 1) != null && at(ts, k - 1).is("of");
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
                while (k < ts.size() && ts.get(k).isWord() && !PHRASE_ENDS.contains(ts.get(k).lower)
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

    private static Quantity quantityAt(List<Quantity> qs, int self, int k) {
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
    private static boolean ageBand(List<Token> ts, Quantity q) {
        Token hedge = ts.get(q.hedgeFrom());
        Token before = at(ts, q.hedgeFrom() - 1);
        return (hedge.is("under") || hedge.is("over") || hedge.is("below") || hedge.is("above") || hedge.is("aged"))
                && before != null && Lexicon.PEOPLE.contains(before.lower)
                || before != null && (before.is("aged") || before.is("age"));
    }

    /** "in 14 districts", "in 21 camps": a number of things inside the phrase of another number. */
    private static boolean countsThings(List<Token> ts, Quantity q) {
        for (int k = q.to() + 1; k < Math.min(ts.size(), q.to() + 4); k++) {
            Token t = ts.get(k);
            if (!t.isWord()) {
                return false;
            }
            if (Lexicon.NOT_PEOPLE.contains(t.lower)) {
                return true;
            }
            if (Lexicon.PEOPLE.contains(t.lower) || Lexicon.HOUSEHOLDS.contains(t.lower) || PHRASE_ENDS.contains(t.lower)) {
                return false;
            }
        }
        return false;
    }

    /** "or 12,000 people", "including 4,000 children", "of the 4,000 villagers", "(about 1,600 people)". */
    private static boolean apposition(List<Token> ts, Quantity q) {
        Token b1 = at(ts, q.hedgeFrom() - 1);
        Token b2 = at(ts, q.hedgeFrom() - 2);
        if (b1 == null) {
            return false;
        }
        if (b1.is("or") || b1.is("including") || b1.text.equals("(") || b1.is("of")) {
            return true;
        }
        return b1.is("the") && b2 != null && b2.is("of");
    }

    /** "Floods displaced about 26,000", "the evacuation of 618,000", "killing at least 12", "death toll rose to 330". */
    private static Cue leftCue(List<Token> ts, Quantity q, Head head) {
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
            Token before = at(ts, k - 1);
            switch (w) {
                case "displaced", "displacing", "displaces", "displace", "uprooted", "uprooting", "uproots" -> {
                    return new Cue(before != null && before.is("internally") ? IDPS : DISPLACED, Kind.FLOW, k);
                }
                case "forced", "forcing", "forces", "force", "compelled", "compelling", "drove", "driving", "pushed",
                        "pushing" -> {
                    return new Cue(DISPLACED, Kind.FLOW, k);
                }
                case "evacuated", "evacuating", "evacuate", "evacuates", "relocated", "relocating" -> {
                    return new Cue(DISPLACED, Kind.FLOW, k);
                }
                case "killed", "killing", "kills", "kill" -> {
                    return new Cue(KILLED, Kind.FLOW, k);
                }
                case "injured", "injuring", "injures", "injure", "wounded", "wounding", "wounds" -> {
                    return new Cue(INJURED, Kind.FLOW, k);
                }
                case "claimed", "claiming", "cost", "costing", "took" -> {
                    if ("lives".equals(head.noun)) {
                        return new Cue(KILLED, Kind.FLOW, k);
                    }
                    return null;
                }
                case "of" -> {
                    if (before == null) {
                        return null;
                    }
                    return switch (before.lower) {
                        case "displacement", "displacements", "evacuation", "evacuations", "relocation", "exodus",
                                "flight", "influx", "arrival", "arrivals", "uprooting" -> new Cue(DISPLACED, Kind.FLOW, k);
                        case "deaths", "death", "killing", "killings", "massacre" -> new Cue(KILLED, Kind.FLOW, k);
                        case "return", "returns" -> new Cue(RETURNEES, Kind.FLOW, k);
                        case "injury", "injuries", "wounding" -> new Cue(INJURED, Kind.FLOW, k);
                        default -> null;
                    };
                }
                case "toll" -> {
                    return new Cue(KILLED, Kind.FLOW, k);
                }
                case "hosting", "hosts", "hosted", "sheltering", "housing", "accommodating", "accommodates" -> {
                    return new Cue(DISPLACED, Kind.STOCK, k);
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
                        return new Cue(DISPLACED, Kind.FLOW, k); // "displacedabout", copied out of a PDF
                    }
                    steps++;
                }
            }
        }
        return null;
    }

    /** "The total number of returnees from Pakistan ... now stands at about 211,000", "... is now 253,000". */
    private static Cue numberOfCue(List<Token> ts, Quantity q) {
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
    private static Cue labelCue(List<Token> ts, Quantity q) {
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
            if (!colon && PHRASE_ENDS.contains(w) && !w.equals("of")) {
                return null; // "displaced across 15 provinces": a phrase, not a label
            }
            if (w.startsWith("evacu") || w.startsWith("displace") || w.startsWith("deplace")) {
                return new Cue(DISPLACED, null, k);
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
    private static Cue rightCue(List<Token> ts, List<Integer> window) {
        Cue participle = null;
        for (int idx = 0; idx < window.size(); idx++) {
            int k = window.get(idx);
            Token t = ts.get(k);
            String w = t.lower;
            Token prev = at(ts, k - 1);
            Token next = at(ts, k + 1);
            Token next2 = at(ts, k + 2);
            if (OTHER_VERBS.contains(w)) {
                if (next != null && (next.is("and") || next.is("or")) && next2 != null && !next2.isNumber()) {
                    continue; // "were affected and evacuated"
                }
                return participle;
            }
            switch (w) {
                case "displaced", "uprooted" -> {
                    Cue c = new Cue(prev != null && prev.is("internally") ? IDPS : DISPLACED, Kind.FLOW, k);
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
                    return new Cue(DISPLACED, Kind.FLOW, k);
                }
                case "forced", "pushed", "compelled" -> {
                    if (next != null && Set.of("out", "from", "to", "into", "over", "across", "back", "by").contains(next.lower)) {
                        return new Cue(DISPLACED, Kind.FLOW, k);
                    }
                }
                case "accommodated", "housed", "hosted" -> {
                    return new Cue(DISPLACED, Kind.STOCK, k);
                }
                case "return" -> {
                    if (prev != null && prev.is("to") && at(ts, k - 2) != null && at(ts, k - 2).is("able")) {
                        return new Cue(RETURNEES, Kind.FLOW, k);
                    }
                }
                case "homeless" -> {
                    return new Cue(DISPLACED, null, k);
                }
                case "sheltering", "sheltered" -> {
                    return new Cue(DISPLACED, Kind.STOCK, k);
                }
                case "shelter", "refuge", "safety" -> {
                    if (prev != null && Set.of("took", "taken", "taking", "sought", "seek", "seeking", "find", "found",
                            "finding", "take").contains(prev.lower)) {
                        return new Cue(DISPLACED, Kind.FLOW, k);
                    }
                }
                case "asylum" -> {
                    return new Cue(REFUGEES, Kind.FLOW, k);
                }
                case "crossed", "crossing" -> {
                    return new Cue(REFUGEES, Kind.FLOW, k);
                }
                case "killed", "died", "dead", "perished", "slain", "massacred", "executed", "murdered", "drowned", "die",
                        "dies", "dying" -> {
                    return new Cue(KILLED, Kind.FLOW, k);
                }
                case "lost" -> {
                    if (next != null && (next.is("their") || next.is("his") || next.is("her")) && next2 != null
                            && (next2.is("lives") || next2.is("life"))) {
                        return new Cue(KILLED, Kind.FLOW, k);
                    }
                    if (next != null && (next.is("their") || next.is("his") || next.is("her")) && next2 != null
                            && (next2.is("homes") || next2.is("home") || next2.is("houses"))) {
                        return new Cue(DISPLACED, Kind.FLOW, k);
                    }
                }
                case "injured", "wounded", "hurt" -> {
                    return new Cue(INJURED, Kind.FLOW, k);
                }
                case "returned", "returning", "returnees" -> {
                    return new Cue(RETURNEES, Kind.FLOW, k);
                }
                case "need", "needs", "needing", "require", "requires", "required", "requiring" -> {
                    boolean inNeed = prev != null && Set.of("in", "urgent", "dire", "acute", "critical", "desperate", "of")
                            .contains(prev.lower);
                    for (int j = k + 1; j < Math.min(ts.size(), k + 6) && !inNeed; j++) {
                        inNeed = ASSISTANCE.contains(ts.get(j).lower);
                    }
                    if (inNeed) {
                        return new Cue(IN_NEED, Kind.STOCK, k);
                    }
                }
                case "staying", "living", "stayed", "live", "lived", "remain", "remained", "remains", "sleeping",
                        "stay" -> {
                    for (int j = k + 1; j < Math.min(ts.size(), k + 6); j++) {
                        if (SHELTER_PLACES.contains(ts.get(j).lower)) {
                            return new Cue(DISPLACED, Kind.STOCK, k);
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
                        if (u.isPunct() || PHRASE_ENDS.contains(u.lower) && !u.is("the")) {
                            break;
                        }
                        if (SHELTER_PLACES.contains(u.lower) && !u.is("host") && !u.is("public") && !u.is("emergency")
                                && !u.is("temporary") && !(u.is("relief") && at(ts, j + 1) != null
                                && !SHELTER_PLACES.contains(at(ts, j + 1).lower))) {
                            return new Cue(DISPLACED, Kind.STOCK, k);
                        }
                    }
                    if (next != null && next.is("need")) {
                        return new Cue(IN_NEED, Kind.STOCK, k);
                    }
                }
                case "moved" -> {
                    if (next != null && (next.is("away") || next.is("to") || next.is("towards") || next.is("into")
                            || next.is("out"))) {
                        return new Cue(DISPLACED, Kind.FLOW, k);
                    }
                }
                case "left" -> {
                    if (next != null && (next.is("their") || next.is("his") || next.is("her")) && next2 != null
                            && Set.of("homes", "home", "villages", "village", "houses", "town", "towns").contains(next2.lower)) {
                        return new Cue(DISPLACED, Kind.FLOW, k);
                    }
                    // "left eastern Aleppo", "left Mosul": leaving a named place
                    Token place = next != null && Set.of("eastern", "western", "northern", "southern", "central", "the")
                            .contains(next.lower) ? next2 : next;
                    if (place != null && place.capitalized() && !Lexicon.MONTHS.containsKey(place.lower)
                            && !Lexicon.WEEKDAYS.containsKey(place.lower)) {
                        return new Cue(DISPLACED, Kind.FLOW, k);
                    }
                }
                case "leave" -> {
                    if (prev != null && prev.is("to")) {
                        return new Cue(DISPLACED, Kind.FLOW, k);
                    }
                }
                case "driven" -> {
                    if (next != null && (next.is("from") || next.is("out"))) {
                        return new Cue(DISPLACED, Kind.FLOW, k);
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
    private static Cue gluedCue(String w, int k) {
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
                case "killed" -> KILLED;
                case "returned" -> RETURNEES;
                case "injured" -> INJURED;
                default -> DISPLACED;
            };
            return new Cue(metric, Kind.FLOW, k);
        }
        return null;
    }

    /** "33,000 from Idlib, 8,900 from Aleppo": a number without a verb of its own counts what the one before it counts. */
    private static Cue inherited(List<Token> ts, List<Quantity> qs, int qi, Head head, List<Claim> earlier) {
        Quantity q = qs.get(qi);
        if (earlier.isEmpty() || !(head.type == HeadType.BARE || head.type == HeadType.PERSON
                || head.type == HeadType.HOUSEHOLD)) {
            return null;
        }
        Claim last = earlier.get(earlier.size() - 1);
        Token a1 = at(ts, head.at + 1);
        if (a1 != null && (OTHER_VERBS.contains(a1.lower) || Lexicon.PEOPLE.contains(a1.lower) && !a1.is("displaced"))) {
            return null; // "6 people missing": a verb of its own, which says nothing this service counts
        }
        if (qi == 0 || qs.get(qi - 1) != last.q) {
            return null; // inheriting skips no number: in "23 dead, 3 200 houses and 25 000 damaged", 25 000 is not dead
        }
        Token b1 = at(ts, q.hedgeFrom() - 1);
        Token b2 = at(ts, q.hedgeFrom() - 2);
        boolean linked = b1 != null && (b1.text.equals(",") || b1.text.equals(":") || b1.text.equals("(") || b1.is("and")
                || b1.is("including") || b1.is("or") || b1.is("with") || b1.is("whom") || b1.is("another")
                || (b1.is("of") && b2 != null && b2.is("out")));
        if (!linked || q.hedgeFrom() - last.windowEnd > 12) {
            return null;
        }
        return new Cue(last.metric, last.kindHint, q.from());
    }

    private static boolean destroyedBefore(List<Token> ts, List<Integer> window, int cueAt) {
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
    private static boolean projection(List<Token> ts, Quantity q, List<Integer> window, int until, boolean[] dates) {
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

    private static boolean projectionWord(List<Token> ts, int k, boolean[] dates) {
        Token t = ts.get(k);
        if (dates[k] || t.text.equals("May")) {
            return false;
        }
        if (t.is("risk")) {
            return at(ts, k - 1) != null && at(ts, k - 1).is("at");
        }
        return PROJECTION_WORDS.contains(t.lower) || (MODALS.contains(t.lower) && !pastPossibility(ts, k));
    }

    /** "may have been destroyed", "could not return": said of the past or denied, not a projection. */
    private static boolean pastPossibility(List<Token> ts, int modal) {
        Token next = at(ts, modal + 1);
        return next != null && (next.is("have") || next.is("not") || next.lower.equals("n't"));
    }

    private static boolean sample(List<Token> ts, Quantity q, int windowEnd) {
        for (int k = Math.max(0, q.hedgeFrom() - 3); k <= Math.min(ts.size() - 1, windowEnd); k++) {
            if (SAMPLE_WORDS.contains(ts.get(k).lower)) {
                return true;
            }
        }
        return false;
    }

    /** The armed group nearest the number: "IS fighters", "Daesh militants", "fighting IS ... 1,500 fighters". */
    private static String armedGroup(List<Token> ts, Quantity q) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int k = 0; k < ts.size(); k++) {
            Token t = ts.get(k);
            if (!t.isWord()) {
                continue;
            }
            String group = null;
            int end = k;
            if (t.text.equals("IS") || t.text.equals("ISIS") || t.text.equals("ISIL")) {
                group = "islamic-state";
            } else if (k + 1 < ts.size()) {
                group = Lexicon.ARMED_GROUPS.get(t.lower + " " + ts.get(k + 1).lower);
                end = k + 1;
            }
            if (group == null && !t.is("is")) {
                group = Lexicon.ARMED_GROUPS.get(t.lower);
                end = k;
            }
            if (group != null) {
                int d = end < q.from() ? q.from() - end : k - q.to();
                if (d < bestDistance) {
                    bestDistance = d;
                    best = group;
                }
            }
        }
        return best;
    }

    private static String cause(List<Token> ts) {
        boolean disaster = false;
        boolean conflict = false;
        for (Token t : ts) {
            disaster |= Lexicon.DISASTER_WORDS.contains(t.lower);
            conflict |= Lexicon.CONFLICT_WORDS.contains(t.lower);
        }
        return disaster == conflict ? null : disaster ? "disaster" : "conflict";
    }

    // -----------------------------------------------------------------------------------------------------------------
    // Kind, period, place, source

    private Proposal propose(int si, List<Token> ts, Sentences.Span span, Claim c, List<TimePhrase> times,
            List<NameIndex.Mention<KnownPlace>> where, Attribution attribution, String cause) {
        Quantity q = c.q;
        int from = q.hedgeFrom();
        int to = c.windowEnd;
        TimePhrase origin = nearest(times, from, to, TimePhrase.Role.ORIGIN);
        TimePhrase asOf = nearest(times, from, to, TimePhrase.Role.AS_OF);
        TimePhrase when = nearest(times, from, to, TimePhrase.Role.SPAN, TimePhrase.Role.DAY);
        TimePhrase vague = nearest(times, from, to, TimePhrase.Role.VAGUE);
        boolean stockWords = stockWords(ts, from, to);
        boolean stockMetric = c.metric.equals(FIGHTERS) || c.metric.equals(IN_NEED)
                || (c.strength < 3 && (c.metric.equals(IDPS) || c.metric.equals(REFUGEES) || c.metric.equals(RETURNEES)))
                || (c.kindHint == Kind.STOCK && c.strength < 3 && !c.metric.equals(KILLED));
        Kind kind;
        if (origin != null && !c.metric.equals(FIGHTERS) && !c.metric.equals(IN_NEED) && !stockWords) {
            kind = Kind.CUMULATIVE;
        } else if (stockMetric || stockWords || c.kindHint == Kind.STOCK
                || (asOf != null && when == null && !c.metric.equals(KILLED) && !c.metric.equals(INJURED))) {
            kind = Kind.STOCK;
        } else {
            kind = Kind.FLOW;
        }
        LocalDate start = null;
        LocalDate end;
        DatePrecision precision;
        DatePrecision originPrecision = null;
        boolean stated = true;
        switch (kind) {
            case CUMULATIVE -> {
                start = origin.start();
                end = asOf != null ? asOf.end() : published;
                precision = origin.precision();
                originPrecision = origin.precision() == DatePrecision.APPROXIMATE ? DatePrecision.MONTH : origin.precision();
                if (start.isAfter(end)) {
                    start = end;
                }
            }
            case STOCK -> {
                TimePhrase at = asOf != null ? asOf : when;
                if (at != null) {
                    end = at.end();
                    precision = at.precision();
                } else {
                    end = published;
                    precision = vague != null ? DatePrecision.APPROXIMATE : DatePrecision.DAY;
                    stated = vague != null;
                }
            }
            default -> {
                if (when != null && asOf != null && !when.start().isAfter(asOf.end())) {
                    // "as of 30 September it had claimed 10 lives" after a landfall "on 28 September"
                    start = when.start();
                    end = asOf.end();
                    precision = asOf.precision();
                } else if (when != null) {
                    start = when.start();
                    end = when.end();
                    precision = when.precision();
                } else if (asOf != null) {
                    start = asOf.end();
                    end = asOf.end();
                    precision = DatePrecision.APPROXIMATE;
                } else {
                    start = published;
                    end = published;
                    precision = DatePrecision.APPROXIMATE;
                    stated = false;
                }
            }
        }
        // Where: a place the sentence names (the most specific), else the nearest earlier sentence's.
        String locationCode = null;
        String locationText = null;
        boolean placeInSentence = false;
        NameIndex.Mention<KnownPlace> place = mostSpecific(inPhrase(where, q, c.windowEnd), q);
        if (place == null) {
            place = mostSpecific(where, q);
        }
        if (place != null) {
            locationCode = chooseAmong(place, ts).code();
            locationText = place.text();
            placeInSentence = true;
        } else {
            locationText = unknownPlace(ts, attribution, q);
            if (locationText == null) {
                int j = sentenceWithPlaceBefore(si);
                if (j >= 0) {
                    place = mostSpecific(places(j), null);
                    locationCode = chooseAmong(place, tokens(j)).code();
                    locationText = place.text();
                }
            }
        }
        String source = attribution == null ? publisher : attribution.source();
        double confidence = confidence(c, stated, placeInSentence, locationCode != null, attribution != null);
        String quote = text.substring(span.start(), span.end());
        int quoteStart = span.start();
        int quoteEnd = span.end();
        if (quote.length() > 1000) {
            // A very long "sentence" (a table, a list): quote the part around the number.
            quoteStart = Math.max(span.start(), ts.get(q.hedgeFrom()).start() - 400);
            quoteEnd = Math.min(span.end(), ts.get(Math.min(ts.size() - 1, c.windowEnd)).end() + 400);
            quote = text.substring(quoteStart, quoteEnd);
        }
        ProposedFigure f = new ProposedFigure(c.metric, kind, q.value(), q.low(), q.high(), qualifier(ts, q),
                start, end, precision, originPrecision, locationCode, locationText, source,
                attribution == null ? null : attribution.sourceText(), attribution == null ? null : attribution.attributedTo(),
                c.subject, c.unit, c.sex, c.age, cause, quote, quoteStart, quoteEnd, confidence);
        return new Proposal(f, stated);
    }

    /** "an estimated", "about" before the number; otherwise "estimated" anywhere in the sentence makes it approximate. */
    private static Qualifier qualifier(List<Token> ts, Quantity q) {
        if (q.explicit() || q.qualifier() != Qualifier.EXACT) {
            return q.qualifier();
        }
        for (Token t : ts) {
            if (t.lower.startsWith("estimat")) {
                return Qualifier.APPROXIMATELY;
            }
        }
        return Qualifier.EXACT;
    }

    private static boolean stockWords(List<Token> ts, int from, int to) {
        for (int k = Math.max(0, from - 4); k <= Math.min(ts.size() - 1, to); k++) {
            Token t = ts.get(k);
            if (STOCK_WORDS.contains(t.lower)) {
                if (t.is("there") && !(at(ts, k + 1) != null && (at(ts, k + 1).is("are") || at(ts, k + 1).is("were")
                        || at(ts, k + 1).is("is")))) {
                    continue;
                }
                if (t.is("total") && k > from) {
                    continue;
                }
                return true;
            }
        }
        return false;
    }

    private static TimePhrase nearest(List<TimePhrase> times, int from, int to, TimePhrase.Role... roles) {
        TimePhrase best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimePhrase t : times) {
            boolean wanted = false;
            for (TimePhrase.Role r : roles) {
                wanted |= t.role() == r;
            }
            if (!wanted) {
                continue;
            }
            // A phrase after the clause of the number counts less than one inside it or before it.
            int d = t.distanceTo(from, to) * (t.from() > to ? 2 : 1);
            if (d < bestDistance) {
                bestDistance = d;
                best = t;
            }
        }
        return best;
    }

    /** The places named between the number and the end of its phrase ("33,000 from Idlib"). */
    private static List<NameIndex.Mention<KnownPlace>> inPhrase(List<NameIndex.Mention<KnownPlace>> all, Quantity q,
            int windowEnd) {
        List<NameIndex.Mention<KnownPlace>> out = new ArrayList<>();
        for (NameIndex.Mention<KnownPlace> m : all) {
            if (m.from() > q.to() && m.to() <= windowEnd) {
                out.add(m);
            }
        }
        return out;
    }

    private static NameIndex.Mention<KnownPlace> mostSpecific(List<NameIndex.Mention<KnownPlace>> mentions, Quantity q) {
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

    private static int specificity(NameIndex.Mention<KnownPlace> m) {
        return m.entries().stream().mapToInt(KnownPlace::specificity).min().orElse(0);
    }

    private static int distance(NameIndex.Mention<KnownPlace> m, Quantity q) {
        return m.to() < q.from() ? q.from() - m.to() : m.from() - q.to();
    }

    /**
     * One name, several places ("Deir-ez-Zor" is a governorate and its district): the broader one, unless the word after
     * the name says town, city or district.
     */
    private static KnownPlace chooseAmong(NameIndex.Mention<KnownPlace> m, List<Token> ts) {
        List<KnownPlace> entries = m.entries();
        if (entries.size() == 1) {
            return entries.get(0);
        }
        Token after = at(ts, m.to() + 1);
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
    private static String unknownPlace(List<Token> ts, Attribution attribution, Quantity q) {
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

    private static String joined(List<Token> ts, int s, int e) {
        StringBuilder b = new StringBuilder(ts.get(s).text);
        for (int j = s + 1; j <= e; j++) {
            b.append(ts.get(j).start() > ts.get(j - 1).end() ? " " : "").append(ts.get(j).text);
        }
        return b.toString();
    }

    private static double confidence(Claim c, boolean statedPeriod, boolean placeInSentence, boolean placeKnown,
            boolean attributed) {
        double v = 0.45;
        v += c.strength == 3 ? 0.25 : c.strength == 2 ? 0.18 : 0.05;
        v += statedPeriod ? 0.1 : 0;
        v += placeInSentence ? 0.07 : placeKnown ? 0.03 : 0;
        v += attributed ? 0.05 : 0;
        v += c.head.type == HeadType.PERSON || c.head.type == HeadType.HOUSEHOLD ? 0.05 : 0;
        v -= c.head.type == HeadType.BARE ? 0.05 : 0;
        v -= c.head.type == HeadType.UNKNOWN ? 0.1 : 0;
        v -= c.q.words() ? 0.03 : 0;
        v -= c.dwelling ? 0.1 : 0;
        v = Math.max(0.05, Math.min(0.98, v));
        return Math.round(v * 100) / 100.0;
    }

    // -----------------------------------------------------------------------------------------------------------------

    /**
     * A figure stated twice (a heading repeating the body, "'120,000 displaced'"): kept once, as the more complete
     * statement. Two statements of one number with different stated periods are two figures.
     */
    private static List<ProposedFigure> deduplicated(List<Proposal> all) {
        List<Proposal> kept = new ArrayList<>();
        for (Proposal p : all) {
            int twin = -1;
            for (int i = 0; i < kept.size(); i++) {
                Proposal k = kept.get(i);
                if (sameNumber(k.figure, p.figure) && (!k.statedPeriod || !p.statedPeriod
                        || (Objects.equals(k.figure.periodStart(), p.figure.periodStart())
                        && Objects.equals(k.figure.periodEnd(), p.figure.periodEnd())))) {
                    twin = i;
                    break;
                }
            }
            if (twin < 0) {
                kept.add(p);
            } else if (better(p, kept.get(twin))) {
                kept.set(twin, p);
            }
        }
        List<ProposedFigure> out = new ArrayList<>(kept.size());
        kept.stream().sorted(java.util.Comparator.comparingInt(p -> p.figure.spanStart())).forEach(p -> out.add(p.figure));
        return out;
    }

    private static boolean sameNumber(ProposedFigure a, ProposedFigure b) {
        return a.metric().equals(b.metric()) && a.value() == b.value() && Objects.equals(a.low(), b.low())
                && Objects.equals(a.high(), b.high()) && a.unit().equals(b.unit());
    }

    private static boolean better(Proposal a, Proposal b) {
        if (a.statedPeriod != b.statedPeriod) {
            return a.statedPeriod;
        }
        return a.figure.confidence() > b.figure.confidence();
    }
}
