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

    private static final Set<String> STOCK_WORDS = Lexicon.words("remain", "remained", "remains", "remaining", "still",
            "currently", "living", "live", "staying", "sheltering", "hosting", "hosts", "hosted", "registered", "there",
            "total", "stranded", "sheltered", "housed", "accommodated");

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
                         int strength, NounPhrase head, int windowEnd, boolean dwelling) {
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

    // -----------------------------------------------------------------------------------------------------------------
    // Is it a figure, and of what?

    private Claim claim(List<Token> ts, List<Quantity> qs, int qi, List<Claim> earlier, boolean[] dates) {
        Quantity q = qs.get(qi);
        if (q.value() <= 0 || NotFigures.notAFigure(ts, q, dates)) {
            return null;
        }
        NounPhrase head = NounPhrase.read(ts, q);
        if (head.type == NounPhrase.Type.REJECT) {
            return null;
        }
        if (q.words() && (head.type == NounPhrase.Type.BARE || head.type == NounPhrase.Type.UNKNOWN || head.at - q.to() > 3)) {
            return null; // "one of the", "ten buses": a number in words must count people right after it
        }
        int windowStart = head.type == NounPhrase.Type.BARE || head.type == NounPhrase.Type.UNKNOWN ? q.to() + 1 : head.at + 1;
        List<Integer> window = Cues.window(ts, qs, qi, windowStart);
        int windowEnd = window.isEmpty() ? q.to() : window.get(window.size() - 1);
        Cue left = Cues.leftCue(ts, q, head);
        Cue right = Cues.rightCue(ts, window);
        int projectionEnd = left == null && right != null ? right.at : windowEnd;
        if (NotFigures.projection(ts, q, window, projectionEnd, dates) || NotFigures.sample(ts, q, windowEnd)) {
            return null;
        }
        Cue specific = head.modifierCue != null && !head.modifierCue.metric.equals(Cue.DISPLACED) ? head.modifierCue
                : head.nounCue != null && !head.nounCue.metric.equals(Cue.DISPLACED) ? head.nounCue : null;
        if (left != null && left.kind == Kind.STOCK && specific != null) {
            left = new Cue(specific.metric, Kind.STOCK, left.at); // "the camp hosts 6,000 internally displaced people"
        }
        Cue chosen;
        int strength;
        if (left != null) {
            chosen = left;
            strength = 3;
        } else if (right != null && !(right.kind == Kind.STOCK && head.nounCue != null
                && !head.nounCue.metric.equals(Cue.DISPLACED))) {
            chosen = right;
            strength = 3;
        } else if (head.modifierCue != null) {
            chosen = head.modifierCue;
            strength = 2;
        } else if (head.nounCue != null) {
            chosen = head.nounCue;
            strength = 2;
        } else if (Cues.labelCue(ts, q) != null) {
            chosen = Cues.labelCue(ts, q);
            strength = 2;
        } else if (Cues.numberOfCue(ts, q) != null) {
            chosen = Cues.numberOfCue(ts, q);
            strength = 2;
        } else {
            chosen = inherited(ts, qs, qi, head, earlier);
            strength = 1;
        }
        if (chosen == null) {
            return null;
        }
        String metric = chosen.metric;
        if (head.type == NounPhrase.Type.DWELLING) {
            if (!metric.equals(Cue.DISPLACED) || NotFigures.destroyedBefore(ts, window, left != null ? Integer.MAX_VALUE : chosen.at)) {
                return null; // houses destroyed count houses, not people
            }
        }
        if (head.noun != null && head.noun.equals("lives") && !metric.equals(Cue.KILLED)) {
            return null;
        }
        String unit = head.type == NounPhrase.Type.HOUSEHOLD || head.type == NounPhrase.Type.DWELLING
                ? ProposedFigure.HOUSEHOLDS : ProposedFigure.PEOPLE;
        if (head.type == NounPhrase.Type.BARE && chosen.at < q.from()) {
            // "the number of displaced families is estimated to be 349": the unit is in the label
            for (int k = Math.max(0, chosen.at - 1); k <= Math.min(q.from() - 1, chosen.at + 2); k++) {
                if (Lexicon.HOUSEHOLDS.contains(ts.get(k).lower)) {
                    unit = ProposedFigure.HOUSEHOLDS;
                }
            }
        }
        String noun = head.noun == null ? null : head.noun;
        String subject = noun == null ? null : Lexicon.SUBJECTS.get(noun);
        if (metric.equals(Cue.FIGHTERS) || (noun != null && Set.of("fighters", "militants", "jihadists", "insurgents",
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
                head.type == NounPhrase.Type.DWELLING);
    }

    /** "33,000 from Idlib, 8,900 from Aleppo": a number without a verb of its own counts what the one before it counts. */
    private static Cue inherited(List<Token> ts, List<Quantity> qs, int qi, NounPhrase head, List<Claim> earlier) {
        Quantity q = qs.get(qi);
        if (earlier.isEmpty() || !(head.type == NounPhrase.Type.BARE || head.type == NounPhrase.Type.PERSON
                || head.type == NounPhrase.Type.HOUSEHOLD)) {
            return null;
        }
        Claim last = earlier.get(earlier.size() - 1);
        Token a1 = Token.at(ts, head.at + 1);
        if (a1 != null && (Lexicon.OTHER_VERBS.contains(a1.lower) || Lexicon.PEOPLE.contains(a1.lower) && !a1.is("displaced"))) {
            return null; // "6 people missing": a verb of its own, which says nothing this service counts
        }
        if (qi == 0 || qs.get(qi - 1) != last.q) {
            return null; // inheriting skips no number: in "23 dead, 3 200 houses and 25 000 damaged", 25 000 is not dead
        }
        Token b1 = Token.at(ts, q.hedgeFrom() - 1);
        Token b2 = Token.at(ts, q.hedgeFrom() - 2);
        boolean linked = b1 != null && (b1.text.equals(",") || b1.text.equals(":") || b1.text.equals("(") || b1.is("and")
                || b1.is("including") || b1.is("or") || b1.is("with") || b1.is("whom") || b1.is("another")
                || (b1.is("of") && b2 != null && b2.is("out")));
        if (!linked || q.hedgeFrom() - last.windowEnd > 12) {
            return null;
        }
        return new Cue(last.metric, last.kindHint, q.from());
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
        boolean stockMetric = c.metric.equals(Cue.FIGHTERS) || c.metric.equals(Cue.IN_NEED)
                || (c.strength < 3 && (c.metric.equals(Cue.IDPS) || c.metric.equals(Cue.REFUGEES) || c.metric.equals(Cue.RETURNEES)))
                || (c.kindHint == Kind.STOCK && c.strength < 3 && !c.metric.equals(Cue.KILLED));
        Kind kind;
        if (origin != null && !c.metric.equals(Cue.FIGHTERS) && !c.metric.equals(Cue.IN_NEED) && !stockWords) {
            kind = Kind.CUMULATIVE;
        } else if (stockMetric || stockWords || c.kindHint == Kind.STOCK
                || (asOf != null && when == null && !c.metric.equals(Cue.KILLED) && !c.metric.equals(Cue.INJURED))) {
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
        NameIndex.Mention<KnownPlace> place = PlaceChoice.mostSpecific(PlaceChoice.inPhrase(where, q, c.windowEnd), q);
        if (place == null) {
            place = PlaceChoice.mostSpecific(where, q);
        }
        if (place != null) {
            locationCode = PlaceChoice.chooseAmong(place, ts).code();
            locationText = place.text();
            placeInSentence = true;
        } else {
            locationText = PlaceChoice.unknownPlace(ts, attribution, q);
            if (locationText == null) {
                int j = sentenceWithPlaceBefore(si);
                if (j >= 0) {
                    place = PlaceChoice.mostSpecific(places(j), null);
                    locationCode = PlaceChoice.chooseAmong(place, tokens(j)).code();
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
                if (t.is("there") && !(Token.at(ts, k + 1) != null && (Token.at(ts, k + 1).is("are") || Token.at(ts, k + 1).is("were")
                        || Token.at(ts, k + 1).is("is")))) {
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

    private static double confidence(Claim c, boolean statedPeriod, boolean placeInSentence, boolean placeKnown,
            boolean attributed) {
        double v = 0.45;
        v += c.strength == 3 ? 0.25 : c.strength == 2 ? 0.18 : 0.05;
        v += statedPeriod ? 0.1 : 0;
        v += placeInSentence ? 0.07 : placeKnown ? 0.03 : 0;
        v += attributed ? 0.05 : 0;
        v += c.head.type == NounPhrase.Type.PERSON || c.head.type == NounPhrase.Type.HOUSEHOLD ? 0.05 : 0;
        v -= c.head.type == NounPhrase.Type.BARE ? 0.05 : 0;
        v -= c.head.type == NounPhrase.Type.UNKNOWN ? 0.1 : 0;
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
