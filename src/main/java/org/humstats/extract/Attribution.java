package org.humstats.extract;

import java.util.List;
import java.util.Set;

/**
 * Who a sentence says gave its numbers: the body (a stored source when one of its names or aliases is used, and the words
 * that named it either way) and the person or office quoted. Read from "according to X", "said X from Y", "X said",
 * "X estimated", "estimated by X", "X figures show" and citations in brackets ("(OCHA, 5 March 2017)").
 *
 * @param from first token of the attribution; places named inside it (the speaker's office "in Damascus") are not where
 *             the figure is
 * @param to   last token of the attribution
 */
record Attribution(String source, String sourceText, String attributedTo, int from, int to) {

    private static final Set<String> STOP = Set.of(",", ".", ";", ":", "(", ")", "\"", "“", "”", "'", "‘", "’", "!", "?");
    private static final Set<String> AFTER_PERSON = Set.of("from", "of", "at", "with", "for");
    private static final Set<String> DATA_NOUNS = Set.of("figures", "data", "estimates", "estimate", "statistics", "report",
            "count", "tally", "records", "reports", "assessment", "survey", "update");
    private static final Set<String> AGENT_VERBS = Set.of("estimated", "reported", "recorded", "registered", "documented",
            "verified", "compiled", "counted", "confirmed", "published", "released", "issued", "given", "provided");

    static Attribution find(String text, List<Token> ts, List<NameIndex.Mention<KnownSource>> sources,
            List<NameIndex.Mention<KnownPlace>> places) {
        Finder f = new Finder(text, ts, sources, places);
        Attribution a = f.accordingTo();
        if (a == null) {
            a = f.speech();
        }
        if (a == null) {
            a = f.agentOrData();
        }
        if (a == null) {
            a = f.citation();
        }
        return a;
    }

    private static final class Finder {
        final String text;
        final List<Token> ts;
        final List<NameIndex.Mention<KnownSource>> sources;
        final List<NameIndex.Mention<KnownPlace>> places;

        Finder(String text, List<Token> ts, List<NameIndex.Mention<KnownSource>> sources,
               List<NameIndex.Mention<KnownPlace>> places) {
            this.text = text;
            this.ts = ts;
            this.sources = sources;
            this.places = places;
        }

        Token at(int i) {
            return i >= 0 && i < ts.size() ? ts.get(i) : null;
        }

        String words(int from, int to) {
            return text.substring(ts.get(from).start(), ts.get(to).end());
        }

        /** Tokens from i to the next punctuation mark (or max tokens), as [from, to]; null when empty. */
        int phraseEnd(int i, int max) {
            int end = i - 1;
            for (int k = i; k < ts.size() && k < i + max; k++) {
                Token t = ts.get(k);
                if (STOP.contains(t.text) || t.is("that") || t.is("who") || t.is("which") || t.is("and") && k > i + 2) {
                    break;
                }
                end = k;
            }
            return end;
        }

        NameIndex.Mention<KnownSource> sourceIn(int from, int to) {
            for (NameIndex.Mention<KnownSource> m : sources) {
                if (m.from() >= from && m.to() <= to) {
                    return m;
                }
            }
            return null;
        }

        boolean inPlace(int i) {
            for (NameIndex.Mention<KnownPlace> m : places) {
                if (i >= m.from() && i <= m.to()) {
                    return true;
                }
            }
            return false;
        }

        boolean inSource(int i) {
            for (NameIndex.Mention<KnownSource> m : sources) {
                if (i >= m.from() && i <= m.to()) {
                    return true;
                }
            }
            return false;
        }

        /** A person's name starting at i: two to four capitalised words that name no place, body, month or day. */
        int personEnd(int i) {
            int end = -1;
            for (int k = i; k < ts.size() && k < i + 4; k++) {
                Token t = ts.get(k);
                boolean particle = k > i && (t.is("al") || t.is("bin") || t.is("ibn") || t.is("abu") || t.is("de")
                        || t.is("van") || t.is("von") || t.is("da") || t.is("el"));
                if (!(t.capitalized() || particle) || inPlace(k) || inSource(k) || Lexicon.MONTHS.containsKey(t.lower)
                        || Lexicon.WEEKDAYS.containsKey(t.lower) || Lexicon.ORGANISATION_WORDS.contains(t.lower)
                        || Lexicon.ROLES.contains(t.lower) || t.allCaps() || t.is("the") || t.is("united")) {
                    break;
                }
                end = k;
            }
            return end >= i + 1 ? end : -1;
        }

        boolean looksLikeOrganisation(int from, int to) {
            for (int k = from; k <= to; k++) {
                Token t = ts.get(k);
                if (t.allCaps() || Lexicon.ORGANISATION_WORDS.contains(t.lower)) {
                    return true;
                }
            }
            return !ts.get(from).capitalized();
        }

        Attribution of(NameIndex.Mention<KnownSource> m, String person, String role, int from, int to) {
            return new Attribution(m == null ? null : m.entries().get(0).id(), m == null ? null : m.text(),
                    person == null ? role : person, from, to);
        }

        /** "according to REACH", "according to Linda Tom", "according to national/regional disaster authorities". */
        Attribution accordingTo() {
            for (int k = 0; k + 1 < ts.size(); k++) {
                if (ts.get(k).is("according") && ts.get(k + 1).is("to")) {
                    int start = k + 2;
                    int end = phraseEnd(start, 10);
                    if (end < start) {
                        return null;
                    }
                    NameIndex.Mention<KnownSource> m = sourceIn(start, end);
                    int p = ts.get(start).is("the") ? start + 1 : start;
                    int pe = personEnd(p);
                    if (m != null && (pe < 0 || m.from() <= pe)) {
                        return of(m, null, null, k, end);
                    }
                    if (pe > 0) {
                        return person(k, p, pe);
                    }
                    String np = words(start, end);
                    return new Attribution(null, strip(np), null, k, end);
                }
            }
            return null;
        }

        /** "said Linda Tom from the ... office in Damascus", "OCHA said", "the coalition estimated", "X, a spokesman, said". */
        Attribution speech() {
            for (int k = 0; k < ts.size(); k++) {
                Token v = ts.get(k);
                if (!Lexicon.SPEECH_VERBS.contains(v.lower) || v.is("according")) {
                    continue;
                }
                // After the verb: "said Linda Tom ...", "said OCHA", "said a commander in the alliance".
                int i = k + 1;
                Token next = at(i);
                if (next != null && (next.is("the") || next.is("a") || next.is("an"))) {
                    i++;
                }
                NameIndex.Mention<KnownSource> after = sourceIn(i, Math.min(ts.size() - 1, i + 12));
                if (after != null && after.from() == i) {
                    return of(after, null, null, k, after.to());
                }
                int roleStart = i;
                while (at(i) != null && (Lexicon.ROLES.contains(at(i).lower) || (at(i).isWord() && !at(i).capitalized()
                        && at(i + 1) != null && Lexicon.ROLES.contains(at(i + 1).lower)))) {
                    i++;
                }
                int pe = personEnd(i);
                if (pe > 0 && (v.is("said") || v.is("says") || v.is("told") || v.is("added") || v.is("stated")
                        || v.is("explained") || v.is("noted") || v.is("warned"))) {
                    return person(roleStart, i, pe);
                }
                if (i > roleStart && roleStart > k && Lexicon.ROLES.contains(at(i - 1).lower)) {
                    int end = phraseEnd(k + 1, 10);
                    NameIndex.Mention<KnownSource> m = sourceIn(k + 1, end);
                    return of(m, null, strip(words(k + 1, end)), k, end);
                }
                // Before the verb: "OCHA said", "OCHA in CAR reported", "Mohammad Yusufi said", "REACH estimated".
                NameIndex.Mention<KnownSource> before = null;
                for (NameIndex.Mention<KnownSource> m : sources) {
                    if (m.to() < k && k - m.to() <= 4 && noPunctuation(m.to() + 1, k - 1)) {
                        before = m;
                    }
                }
                if (before != null) {
                    return of(before, null, null, before.from(), k);
                }
                int b = k - 1;
                while (b >= 0 && (ts.get(b).is("has") || ts.get(b).is("have") || ts.get(b).is("also") || ts.get(b).is("had")
                        || ts.get(b).is("recently") || ts.get(b).is("previously"))) {
                    b--;
                }
                if (b >= 0 && ts.get(b).capitalized() && !inPlace(b)) {
                    int s = b;
                    while (s - 1 >= 0 && ts.get(s - 1).capitalized() && !inPlace(s - 1) && b - s < 5) {
                        s--;
                    }
                    if (personEnd(s) == b && !looksLikeOrganisation(s, b)) {
                        int r = s;
                        while (r - 1 >= 0 && ts.get(r - 1).isWord() && !ts.get(r - 1).is("the") && !ts.get(r - 1).is("a")
                                && (Lexicon.ROLES.contains(ts.get(r - 1).lower)
                                || (!ts.get(r - 1).capitalized() && Lexicon.ROLES.contains(ts.get(r).lower)))) {
                            r--;
                        }
                        return person(r, s, b);
                    }
                    if (looksLikeOrganisation(s, b) && ts.get(s).capitalized()) {
                        return new Attribution(null, words(s, b), null, s, k);
                    }
                }
                // The body that opens the sentence and then speaks: "The US-led coalition ... estimated ...".
                for (NameIndex.Mention<KnownSource> m : sources) {
                    if (m.from() <= 2 && m.to() < k) {
                        return of(m, null, null, m.from(), m.to());
                    }
                }
            }
            return null;
        }

        boolean noPunctuation(int from, int to) {
            for (int k = from; k <= to; k++) {
                if (ts.get(k).isPunct()) {
                    return false;
                }
            }
            return true;
        }

        /** "estimated by OCHA", "OCHA figures show", "data from IOM". */
        Attribution agentOrData() {
            for (NameIndex.Mention<KnownSource> m : sources) {
                Token before = at(m.from() - 1);
                Token before2 = at(m.from() - 2);
                if (before != null && before.is("the") && before2 != null) {
                    before = before2;
                    before2 = at(m.from() - 3);
                }
                if (before != null && before.is("by") && before2 != null && AGENT_VERBS.contains(before2.lower)) {
                    return of(m, null, null, m.from() - 1, m.to());
                }
                if (before != null && before.is("from") && before2 != null && DATA_NOUNS.contains(before2.lower)) {
                    return of(m, null, null, m.from() - 1, m.to());
                }
                Token after = at(m.to() + 1);
                if (after != null && DATA_NOUNS.contains(after.lower)) {
                    return of(m, null, null, m.from(), m.to() + 1);
                }
            }
            return null;
        }

        /** "(OCHA, 5 March 2017)", "(IDMC calculation based on OCHA data)". */
        Attribution citation() {
            for (NameIndex.Mention<KnownSource> m : sources) {
                Token before = at(m.from() - 1);
                if (before != null && (before.text.equals("(") || before.text.equals("["))) {
                    return of(m, null, null, m.from() - 1, m.to());
                }
            }
            return null;
        }

        /**
         * A quoted person, with the office they speak for when the sentence gives it: "Linda Tom from the United Nations'
         * humanitarian affairs coordination office in Damascus" becomes "Linda Tom, OCHA Damascus" when the office is a
         * stored source with that acronym.
         */
        Attribution person(int from, int nameStart, int nameEnd) {
            String person = words(from, nameEnd);
            int k = nameEnd + 1;
            if (at(k) != null && at(k).text.equals(",")) {
                k++;
                if (at(k) != null && (at(k).is("a") || at(k).is("an") || at(k).is("the"))) {
                    int end = phraseEnd(k, 10);
                    NameIndex.Mention<KnownSource> m = sourceIn(k, end);
                    if (m != null) {
                        return of(m, person + ", " + label(m, k, end), null, from, end);
                    }
                    return new Attribution(null, null, person, from, end);
                }
                return new Attribution(null, null, person, from, nameEnd);
            }
            if (at(k) != null && AFTER_PERSON.contains(at(k).lower)) {
                int end = phraseEnd(k + 1, 14);
                if (end > k) {
                    NameIndex.Mention<KnownSource> m = sourceIn(k + 1, end);
                    return new Attribution(m == null ? null : m.entries().get(0).id(),
                            m == null ? strip(officeWords(k + 1, end)) : m.text(), person + ", " + label(m, k + 1, end),
                            from, end);
                }
            }
            return new Attribution(null, null, person, from, nameEnd);
        }

        /** The office as a short label: the source's acronym when it has one, then the city ("OCHA Damascus"). */
        String label(NameIndex.Mention<KnownSource> m, int from, int end) {
            String city = null;
            int office = end;
            for (int k = from; k < end; k++) {
                if (ts.get(k).is("in") && ts.get(k + 1).capitalized()) {
                    city = words(k + 1, end);
                    office = k - 1;
                    break;
                }
            }
            String name;
            if (m != null && m.entries().get(0).acronym() != null && !m.entries().get(0).acronym().isBlank()) {
                name = m.entries().get(0).acronym();
            } else if (m != null) {
                name = m.text();
            } else {
                name = strip(words(from, Math.max(from, office)));
            }
            return city == null ? name : name + " " + city;
        }

        String officeWords(int from, int end) {
            for (int k = from; k < end; k++) {
                if (ts.get(k).is("in") && ts.get(k + 1).capitalized()) {
                    return words(from, Math.max(from, k - 1));
                }
            }
            return words(from, end);
        }

        static String strip(String np) {
            String s = np.strip();
            for (String d : new String[] {"the ", "The ", "a ", "an "}) {
                if (s.startsWith(d) && s.length() > d.length()) {
                    return s.substring(d.length());
                }
            }
            return s;
        }
    }
}
