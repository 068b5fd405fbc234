package org.humstats.extract;

import static org.humstats.figure.DatePrecision.APPROXIMATE;
import static org.humstats.figure.DatePrecision.DAY;
import static org.humstats.figure.DatePrecision.MONTH;
import static org.humstats.figure.DatePrecision.YEAR;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.humstats.figure.DatePrecision;

/**
 * Finds the statements of time in a sentence and resolves them against the publication date: a date without a year is
 * the latest such date on or before publication (or before the end of its span), a weekday the latest such day, "in
 * recent weeks" the four weeks before publication. Every token a phrase covers is marked, so that the day and year
 * numbers in it are never read as figures.
 */
final class TimeExpressions {

    /** Nouns after a four-digit number that make it a count ("2000 people") rather than a year. */
    private static final Set<String> UNITS = Set.of("day", "days", "week", "weeks", "month", "months", "year", "years",
            "fortnight", "hours", "hour");

    private final List<Token> ts;
    private final LocalDate ref;
    private final boolean[] used;
    private final List<TimePhrase> found = new ArrayList<>();

    private TimeExpressions(List<Token> tokens, LocalDate published) {
        this.ts = tokens;
        this.ref = published;
        this.used = new boolean[tokens.size()];
    }

    /** The phrases of a sentence, in order; {@code used} marks their tokens. */
    static List<TimePhrase> find(List<Token> tokens, LocalDate published, boolean[] used) {
        TimeExpressions t = new TimeExpressions(tokens, published);
        t.scan();
        System.arraycopy(t.used, 0, used, 0, used.length);
        return t.found;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // A date as written: any of year, month, day, weekday, with a part of a month or year ("mid-March", "end of June").

    private enum Part { EARLY, MID, LATE, START, END, FIRST_HALF, SECOND_HALF }

    private record DateExpr(int from, int to, Integer year, Integer month, Integer day, Integer weekday, Part part,
                            LocalDate fixed) {

        DateExpr withYear(int y) {
            return new DateExpr(from, to, y, month, day, weekday, part, fixed);
        }

        DateExpr withMonth(int m) {
            return new DateExpr(from, to, year, m, day, weekday, part, fixed);
        }
    }

    /** A span of days with a precision. */
    private record Range(LocalDate start, LocalDate end, DatePrecision precision) {
    }

    private void scan() {
        int n = ts.size();
        for (int i = 0; i < n; i++) {
            if (used[i]) {
                continue;
            }
            String w = ts.get(i).lower;
            int next = switch (w) {
                case "since" -> since(i);
                case "between" -> between(i);
                case "from" -> fromTo(i);
                case "as", "by", "until", "till" -> asOf(i);
                case "in", "over", "during", "throughout", "within", "on", "at", "for", "of" -> preposition(i);
                case "this", "last", "earlier", "so", "past", "previous" -> relative(i, i);
                case "recently", "lately" -> vague(i);
                case "yesterday", "today", "tonight" -> bare(i);
                default -> -1;
            };
            if (next < 0) {
                next = bare(i);
            }
            if (next > i) {
                i = next - 1;
            }
        }
    }

    private Token at(int i) {
        return i >= 0 && i < ts.size() ? ts.get(i) : null;
    }

    private boolean isWord(int i, String w) {
        Token t = at(i);
        return t != null && t.lower.equals(w);
    }

    private void add(int from, int to, TimePhrase.Role role, Range r) {
        if (r == null || r.start == null || r.end == null) {
            return;
        }
        LocalDate end = r.end.isAfter(ref) && role != TimePhrase.Role.ORIGIN ? ref : r.end;
        LocalDate start = r.start.isAfter(end) ? end : r.start;
        found.add(new TimePhrase(from, to, role, start, end, r.precision));
        for (int k = from; k <= to; k++) {
            used[k] = true;
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Phrases

    /** "since 1 April", "since March 2011", "since the start of 2016", "since the conflict began in March 2011". */
    private int since(int i) {
        int j = i + 1;
        DateExpr d = date(j);
        if (d == null) {
            for (int k = j; k < Math.min(ts.size(), j + 8); k++) {
                Token t = ts.get(k);
                if (t.isPunct() && !t.text.equals("-")) {
                    break;
                }
                d = date(k);
                if (d != null) {
                    break;
                }
            }
        }
        if (d == null) {
            return -1;
        }
        Range r = resolve(d, ref);
        if (r == null) {
            return -1;
        }
        add(i, d.to, TimePhrase.Role.ORIGIN, new Range(r.start, ref, r.precision));
        return d.to + 1;
    }

    /** "between 17 October and 23 March", "between 1 and 16 March", "between January and 5 March". */
    private int between(int i) {
        Token first = at(i + 1);
        if (first == null) {
            return -1;
        }
        DateExpr d1 = date(i + 1);
        int andAt;
        if (d1 == null && first.plainDigits() && day(first) > 0) {
            andAt = i + 2;
            if (isWord(andAt, "and") || isWord(andAt, "to") || isDash(andAt)) {
                DateExpr d2 = date(andAt + 1);
                if (d2 != null && d2.day != null && d2.month != null) {
                    DateExpr d1b = new DateExpr(i + 1, i + 1, d2.year, d2.month, day(first), null, null, null);
                    return addSpan(i, d1b, d2);
                }
            }
            return -1;
        }
        if (d1 == null) {
            return -1;
        }
        andAt = d1.to + 1;
        if (!(isWord(andAt, "and") || isWord(andAt, "to") || isDash(andAt))) {
            return -1;
        }
        DateExpr d2 = date(andAt + 1);
        if (d2 == null) {
            return -1;
        }
        return addSpan(i, d1, d2);
    }

    /** "from 20 to 26 November", "from January to March 2017". */
    private int fromTo(int i) {
        DateExpr d1 = date(i + 1);
        Token first = at(i + 1);
        if (d1 == null && first != null && first.plainDigits() && day(first) > 0
                && (isWord(i + 2, "to") || isWord(i + 2, "until") || isDash(i + 2))) {
            DateExpr d2 = date(i + 3);
            if (d2 != null && d2.day != null && d2.month != null) {
                return addSpan(i, new DateExpr(i + 1, i + 1, d2.year, d2.month, day(first), null, null, null), d2);
            }
            return -1;
        }
        if (d1 == null) {
            return -1;
        }
        int to = d1.to + 1;
        if (isWord(to, "to") || isWord(to, "until") || isWord(to, "through") || isWord(to, "till") || isDash(to)) {
            DateExpr d2 = date(to + 1);
            if (d2 != null) {
                return addSpan(i, d1, d2);
            }
        }
        // "in the five days from 29 December" is handled by preposition(); a lone "from <date>" is an origin.
        Range r = resolve(d1, ref);
        if (r == null) {
            return -1;
        }
        add(i, d1.to, TimePhrase.Role.ORIGIN, new Range(r.start, ref, r.precision));
        return d1.to + 1;
    }

    private int addSpan(int from, DateExpr d1, DateExpr d2) {
        if (d1.year != null && d2.year == null && d2.fixed == null) {
            // "between December 2016 and early February": the end follows the start.
            Range first = resolve(d1, ref);
            if (first == null) {
                return -1;
            }
            int y = first.start.getYear();
            DateExpr candidate = d2.withYear(y);
            Range second = resolve(candidate, ref);
            if (second != null && second.end.isBefore(first.start)) {
                candidate = d2.withYear(y + 1);
            }
            d2 = candidate;
        }
        if (d1.month == null && d1.day != null && d2.month != null) {
            d1 = d1.withMonth(d2.month);
        }
        Range end = resolve(d2, ref);
        if (end == null) {
            return -1;
        }
        Range start = resolve(d1, end.end);
        if (start == null) {
            return -1;
        }
        add(from, d2.to, TimePhrase.Role.SPAN, new Range(start.start, end.end, coarser(start.precision, end.precision)));
        return d2.to + 1;
    }

    /** "as of 23 March", "as at 5 January", "by 10 January", "by the end of September", "until 3 October". */
    private int asOf(int i) {
        int j = i + 1;
        if (ts.get(i).is("as")) {
            if (!(isWord(j, "of") || isWord(j, "at"))) {
                return -1;
            }
            j++;
        }
        DateExpr d = date(j);
        if (d == null) {
            return -1;
        }
        Range r = resolve(d, ref);
        if (r == null) {
            return -1;
        }
        add(i, d.to, TimePhrase.Role.AS_OF, new Range(r.end, r.end, r.precision));
        return d.to + 1;
    }

    /**
     * "on 3 March", "in October", "in October alone", "during 2015", "in the past two weeks", "in recent weeks",
     * "in the three months to 11 January", "in the five days from 29 December", "in the second week of February",
     * "in the first half of 2016".
     */
    private int preposition(int i) {
        int j = i + 1;
        if (isWord(j, "the")) {
            int r = relative(i, j + 1);
            if (r > 0) {
                return r;
            }
            int c = countedSpan(i, j + 1);
            if (c > 0) {
                return c;
            }
            int w = weekOf(i, j + 1);
            if (w > 0) {
                return w;
            }
        }
        if (isWord(j, "recent")) {
            Token unit = at(j + 1);
            if (unit != null) {
                int days = switch (unit.lower) {
                    case "days" -> 7;
                    case "weeks" -> 28;
                    case "months" -> 91;
                    case "years" -> 730;
                    default -> 0;
                };
                if (days > 0) {
                    add(i, j + 1, TimePhrase.Role.SPAN, new Range(ref.minusDays(days), ref, APPROXIMATE));
                    return j + 2;
                }
            }
        }
        DateExpr d = date(j);
        if (d == null) {
            return -1;
        }
        int end = d.to;
        if (isWord(end + 1, "alone")) {
            end++;
        }
        Range r = resolve(d, ref);
        if (r == null) {
            return -1;
        }
        TimePhrase.Role role = r.precision == DAY && r.start.equals(r.end) ? TimePhrase.Role.DAY : TimePhrase.Role.SPAN;
        add(i, end, role, r);
        // "on 12 and 13 November" / "on 21-23 February" continue below via bare() when d is a lone day: handled there.
        return end + 1;
    }

    /** "this month", "last week", "earlier this year", "so far this year", "the past two weeks", "the last 24 hours". */
    private int relative(int phraseStart, int i) {
        Token t = at(i);
        if (t == null) {
            return -1;
        }
        switch (t.lower) {
            case "this", "last", "previous" -> {
                Token unit = at(i + 1);
                if (unit == null) {
                    return -1;
                }
                boolean last = !t.is("this");
                if (last && (unit.is("night"))) {
                    add(phraseStart, i + 1, TimePhrase.Role.DAY, new Range(ref.minusDays(1), ref.minusDays(1), DAY));
                    return i + 2;
                }
                Range r = switch (unit.lower) {
                    case "week" -> {
                        LocalDate monday = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                        yield last ? new Range(monday.minusWeeks(1), monday.minusDays(1), DAY) : new Range(monday, ref, DAY);
                    }
                    case "month" -> {
                        YearMonth m = YearMonth.from(ref);
                        yield last ? new Range(m.minusMonths(1).atDay(1), m.minusMonths(1).atEndOfMonth(), MONTH)
                                : new Range(m.atDay(1), ref, MONTH);
                    }
                    case "year" -> last ? new Range(LocalDate.of(ref.getYear() - 1, 1, 1), LocalDate.of(ref.getYear() - 1, 12, 31), YEAR)
                            : new Range(LocalDate.of(ref.getYear(), 1, 1), ref, YEAR);
                    default -> null;
                };
                if (r != null) {
                    add(phraseStart, i + 1, TimePhrase.Role.SPAN, r);
                    return i + 2;
                }
                if (last) {
                    return counted(phraseStart, i + 1);
                }
                return -1;
            }
            case "earlier" -> {
                if (isWord(i + 1, "this") && at(i + 2) != null) {
                    Range r = switch (at(i + 2).lower) {
                        case "week" -> new Range(ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), ref, APPROXIMATE);
                        case "month" -> new Range(ref.withDayOfMonth(1), ref, APPROXIMATE);
                        case "year" -> new Range(ref.withDayOfYear(1), ref, APPROXIMATE);
                        default -> null;
                    };
                    if (r != null) {
                        add(phraseStart, i + 2, TimePhrase.Role.SPAN, r);
                        return i + 3;
                    }
                }
                return -1;
            }
            case "so" -> {
                if (isWord(i + 1, "far") && isWord(i + 2, "this") && isWord(i + 3, "year")) {
                    add(phraseStart, i + 3, TimePhrase.Role.ORIGIN, new Range(ref.withDayOfYear(1), ref, YEAR));
                    return i + 4;
                }
                if (isWord(i + 1, "far") && isWord(i + 2, "in") && at(i + 3) != null && year(at(i + 3)) > 0) {
                    add(phraseStart, i + 3, TimePhrase.Role.ORIGIN,
                            new Range(LocalDate.of(year(at(i + 3)), 1, 1), ref, YEAR));
                    return i + 4;
                }
                return -1;
            }
            case "past" -> {
                return counted(phraseStart, i + 1);
            }
            default -> {
                return -1;
            }
        }
    }

    /** After "past" or "last": "two weeks", "24 hours", "10 days", "week", "three months", "fortnight". */
    private int counted(int phraseStart, int i) {
        Token t = at(i);
        if (t == null) {
            return -1;
        }
        long n = 1;
        int unitAt = i;
        if (t.plainDigits()) {
            n = t.intValue();
            unitAt = i + 1;
        } else if (Lexicon.SMALL_NUMBERS.containsKey(t.lower) || t.is("few") || t.is("several")) {
            n = Lexicon.SMALL_NUMBERS.getOrDefault(t.lower, 3);
            unitAt = i + 1;
        }
        Token unit = at(unitAt);
        if (unit == null) {
            return -1;
        }
        LocalDate start = switch (unit.lower) {
            case "hours", "hour" -> ref.minusDays(Math.max(1, n / 24));
            case "days", "day" -> ref.minusDays(n);
            case "weeks", "week" -> ref.minusWeeks(n);
            case "fortnight" -> ref.minusWeeks(2);
            case "months", "month" -> ref.minusMonths(n);
            case "years", "year" -> ref.minusYears(n);
            default -> null;
        };
        if (start == null || n <= 0 || n > 1000) {
            return -1;
        }
        DatePrecision p = unit.lower.startsWith("hour") || unit.lower.startsWith("day") ? DAY : APPROXIMATE;
        add(phraseStart, unitAt, TimePhrase.Role.SPAN, new Range(start, ref, p));
        return unitAt + 1;
    }

    /** "(in) the three months to 11 January", "(in) the five days from 29 December". */
    private int countedSpan(int phraseStart, int i) {
        Token t = at(i);
        if (t == null) {
            return -1;
        }
        long n;
        if (t.plainDigits()) {
            n = t.intValue();
        } else if (Lexicon.SMALL_NUMBERS.containsKey(t.lower)) {
            n = Lexicon.SMALL_NUMBERS.get(t.lower);
        } else {
            return -1;
        }
        Token unit = at(i + 1);
        Token link = at(i + 2);
        if (unit == null || link == null || !(link.is("to") || link.is("from") || link.is("until") || link.is("ending"))) {
            return -1;
        }
        DateExpr d = date(i + 3);
        if (d == null || n <= 0 || n > 1000) {
            return -1;
        }
        Range r = resolve(d, ref);
        if (r == null) {
            return -1;
        }
        boolean forward = link.is("from");
        LocalDate anchor = forward ? r.start : r.end;
        LocalDate other = switch (unit.lower) {
            case "days", "day" -> forward ? anchor.plusDays(n - 1) : anchor.minusDays(n - 1);
            case "weeks", "week" -> forward ? anchor.plusWeeks(n).minusDays(1) : anchor.minusWeeks(n).plusDays(1);
            case "months", "month" -> forward ? anchor.plusMonths(n).minusDays(1) : anchor.minusMonths(n).plusDays(1);
            default -> null;
        };
        if (other == null) {
            return -1;
        }
        Range span = forward ? new Range(anchor, other, DAY) : new Range(other, anchor, DAY);
        add(phraseStart, d.to, TimePhrase.Role.SPAN, span);
        return d.to + 1;
    }

    /** "(in) the second week of February", "(in) the first half of 2016", "(in) the first quarter of 2017". */
    private int weekOf(int phraseStart, int i) {
        Token ord = at(i);
        Token unit = at(i + 1);
        if (ord == null || unit == null || !isWord(i + 2, "of")) {
            return -1;
        }
        int k = switch (ord.lower) {
            case "first" -> 1;
            case "second" -> 2;
            case "third" -> 3;
            case "fourth" -> 4;
            case "last", "final" -> 5;
            default -> 0;
        };
        if (k == 0) {
            return -1;
        }
        DateExpr d = date(i + 3);
        if (d == null) {
            return -1;
        }
        Range whole = resolve(d, ref);
        if (whole == null) {
            return -1;
        }
        Range r;
        switch (unit.lower) {
            case "week" -> {
                LocalDate s = k == 5 ? whole.end.minusDays(6) : whole.start.plusWeeks(k - 1);
                r = new Range(s, s.plusDays(6).isAfter(whole.end) ? whole.end : s.plusDays(6), APPROXIMATE);
            }
            case "half" -> {
                LocalDate mid = whole.start.plusMonths(6);
                r = k == 1 ? new Range(whole.start, mid.minusDays(1), MONTH) : new Range(mid, whole.end, MONTH);
            }
            case "quarter" -> {
                int q = Math.min(k, 4);
                LocalDate s = whole.start.plusMonths(3L * (q - 1));
                r = new Range(s, s.plusMonths(3).minusDays(1), MONTH);
            }
            default -> {
                return -1;
            }
        }
        add(phraseStart, d.to, TimePhrase.Role.SPAN, r);
        return d.to + 1;
    }

    private int vague(int i) {
        add(i, i, TimePhrase.Role.VAGUE, new Range(ref, ref, APPROXIMATE));
        return i + 1;
    }

    /**
     * A date with no preposition before it: "17 October", "Thursday", "yesterday", "2015-2016", "13 June - 13 June",
     * "12 and 13 November", "21-23 February".
     */
    private int bare(int i) {
        Token first = at(i);
        // Two days of one month: "12 and 13 November", "21-23 February".
        if (first.plainDigits() && day(first) > 0 && (isWord(i + 1, "and") || isDash(i + 1) || isWord(i + 1, "to"))) {
            DateExpr d2 = date(i + 2);
            if (d2 != null && d2.day != null && d2.month != null) {
                return addSpan(i, new DateExpr(i, i, d2.year, d2.month, day(first), null, null, null), d2);
            }
        }
        DateExpr d = date(i);
        if (d == null) {
            return -1;
        }
        // "13 June - 13 June", "2015-2016", "October 2016 to March 2017"
        if (isDash(d.to + 1) || isWord(d.to + 1, "to")) {
            DateExpr d2 = date(d.to + 2);
            if (d2 != null) {
                return addSpan(i, d, d2);
            }
        }
        Range r = resolve(d, ref);
        if (r == null) {
            return -1;
        }
        TimePhrase.Role role = r.precision == DAY && r.start.equals(r.end) ? TimePhrase.Role.DAY : TimePhrase.Role.SPAN;
        add(i, d.to, role, r);
        return d.to + 1;
    }

    private boolean isDash(int i) {
        Token t = at(i);
        return t != null && (t.text.equals("-") || t.text.equals("–") || t.text.equals("—") || t.text.equals("/"));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Dates as written

    private static int day(Token t) {
        if (!t.plainDigits() || t.text.length() > 2) {
            return 0;
        }
        int d = t.intValue();
        return d >= 1 && d <= 31 ? d : 0;
    }

    /** A four-digit year, 1900-2100. */
    private static int year(Token t) {
        if (!t.plainDigits() || t.text.length() != 4) {
            return 0;
        }
        int y = t.intValue();
        return y >= 1900 && y <= 2100 ? y : 0;
    }

    /** January..December and their abbreviations; "May" and abbreviations only capitalised. */
    private int month(int i) {
        Token t = at(i);
        if (t == null || !t.isWord()) {
            return 0;
        }
        Integer m = Lexicon.MONTHS.get(t.lower);
        if (m == null) {
            return 0;
        }
        if ((m == 5 || t.lower.length() <= 4) && !t.capitalized()) {
            return 0;
        }
        return m;
    }

    private boolean ordinalSuffix(int i) {
        Token t = at(i);
        return t != null && (t.is("st") || t.is("nd") || t.is("rd") || t.is("th"));
    }

    /** Parses the date that starts at token i, or null. */
    private DateExpr date(int i) {
        Token t = at(i);
        if (t == null) {
            return null;
        }
        // Parts: "early", "mid", "late", "mid-March", "the end of", "the beginning of", "the start of"
        Part part = null;
        int j = i;
        if (t.is("the") && at(i + 1) != null) {
            Part p = partWord(at(i + 1).lower);
            if (p != null && (p == Part.END || p == Part.START) && isWord(i + 2, "of")) {
                DateExpr inner = date(i + 3);
                return inner == null ? null : withPart(inner, i, p);
            }
            return null;
        }
        Part p = partWord(t.lower);
        if (p != null) {
            if ((p == Part.END || p == Part.START) && isWord(i + 1, "of")) {
                DateExpr inner = date(i + 2);
                return inner == null ? null : withPart(inner, i, p);
            }
            if (p == Part.EARLY || p == Part.MID || p == Part.LATE) {
                int k = i + 1;
                if (isDash(k)) {
                    k++;
                }
                if (isWord(k, "to") || isWord(k, "-")) {
                    k++;
                }
                DateExpr inner = date(k);
                return inner == null || inner.day != null ? null : withPart(inner, i, p);
            }
        }
        if (t.isWord() && t.lower.startsWith("mid-") && t.lower.length() > 4) {
            String rest = t.lower.substring(4);
            Integer m = Lexicon.MONTHS.get(rest);
            if (m != null) {
                Integer y = at(i + 1) != null && year(at(i + 1)) > 0 ? year(at(i + 1)) : null;
                return new DateExpr(i, y == null ? i : i + 1, y, m, null, null, Part.MID, null);
            }
            if (rest.length() == 4 && rest.chars().allMatch(Character::isDigit)) {
                int y = Integer.parseInt(rest);
                return y >= 1900 && y <= 2100 ? new DateExpr(i, i, y, null, null, null, Part.MID, null) : null;
            }
            return null;
        }
        if (t.is("yesterday") || t.is("tonight") || t.is("today")) {
            LocalDate d = t.is("yesterday") ? ref.minusDays(1) : ref;
            return new DateExpr(i, i, null, null, null, null, null, d);
        }
        Integer wd = Lexicon.WEEKDAYS.get(t.lower);
        if (wd != null && t.capitalized()) {
            return new DateExpr(i, i, null, null, null, wd, null, null);
        }
        // day [st] [of] month [,] [year]
        if (day(t) > 0) {
            j = i + 1;
            if (ordinalSuffix(j)) {
                j++;
            }
            if (isWord(j, "of")) {
                j++;
            }
            int m = month(j);
            if (m > 0) {
                int end = j;
                Integer y = null;
                int k = j + 1;
                if (at(k) != null && at(k).text.equals(".")) {
                    k++;
                }
                if (at(k) != null && at(k).text.equals(",")) {
                    k++;
                }
                if (at(k) != null && year(at(k)) > 0) {
                    y = year(at(k));
                    end = k;
                }
                return new DateExpr(i, end, y, m, day(t), null, null, null);
            }
            return null;
        }
        // month [day] [,] [year]
        int m = month(i);
        if (m > 0) {
            j = i + 1;
            if (at(j) != null && at(j).text.equals(".")) {
                j++;
            }
            Integer d = null;
            int end = i;
            if (at(j) != null && day(at(j)) > 0 && !(at(j + 1) != null && Lexicon.PEOPLE.contains(at(j + 1).lower))) {
                d = day(at(j));
                end = j;
                j++;
                if (ordinalSuffix(j)) {
                    end = j;
                    j++;
                }
            }
            if (at(j) != null && at(j).text.equals(",")) {
                j++;
            }
            Integer y = null;
            if (at(j) != null && year(at(j)) > 0) {
                y = year(at(j));
                end = j;
            }
            // A capitalised "May" or "March" alone is a month only where a date is expected.
            if (d == null && y == null && !dateContextBefore(i)) {
                return null;
            }
            return new DateExpr(i, end, y, m, d, null, null, null);
        }
        int y = year(t);
        if (y > 0 && (yearPrepositionBefore(i) || !countsSomething(i) && !qualifierBefore(i))) {
            return new DateExpr(i, i, y, null, null, null, null, null);
        }
        return null;
    }

    private DateExpr withPart(DateExpr inner, int from, Part p) {
        return new DateExpr(from, inner.to, inner.year, inner.month, inner.day, inner.weekday, p, inner.fixed);
    }

    private static Part partWord(String w) {
        return switch (w) {
            case "early", "beginning", "start" -> w.equals("early") ? Part.EARLY : Part.START;
            case "mid", "middle" -> Part.MID;
            case "late" -> Part.LATE;
            case "end" -> Part.END;
            default -> null;
        };
    }

    private boolean dateContextBefore(int i) {
        Token b = at(i - 1);
        if (b == null) {
            return false;
        }
        return switch (b.lower) {
            case "in", "since", "of", "during", "between", "and", "from", "to", "until", "by", "early", "mid", "late",
                    "through", "throughout", "last", "this", "next", "before", "after", "end", "beginning", "start",
                    "-", "–" -> true;
            default -> false;
        };
    }

    /** "2000 people", "2,000 evacuated households": a number of something, so not a year. */
    private boolean countsSomething(int i) {
        for (int k = i + 1; k <= i + 3 && k < ts.size(); k++) {
            Token t = ts.get(k);
            if (t.isPunct() || t.isNumber()) {
                return false;
            }
            if (Lexicon.PEOPLE.contains(t.lower) || Lexicon.HOUSEHOLDS.contains(t.lower) || Lexicon.DWELLINGS.contains(t.lower)
                    || UNITS.contains(t.lower)) {
                return true;
            }
            if (t.is("were") || t.is("have") || t.is("had") || t.is("fled") || t.is("are")) {
                return true;
            }
        }
        return false;
    }

    /** "in 2012 displaced 130,000": after these words a four-digit number is a year whatever follows. */
    private boolean yearPrepositionBefore(int i) {
        Token b = at(i - 1);
        return b != null && (b.is("in") || b.is("since") || b.is("during") || b.is("until") || b.is("before")
                || b.is("after") || b.is("throughout"));
    }

    private boolean qualifierBefore(int i) {
        Token b = at(i - 1);
        if (b == null) {
            return false;
        }
        return switch (b.lower) {
            case "about", "around", "approximately", "some", "nearly", "almost", "than", "least", "to", "over", "total",
                    "estimated", "additional", "further", "another", "only", "roughly" -> true;
            default -> false;
        };
    }

    /** The days a written date stands for; a date without a year is the latest one on or before {@code anchor}. */
    static Range resolve(DateExpr d, LocalDate anchor) {
        if (d.fixed != null) {
            return new Range(d.fixed, d.fixed, DAY);
        }
        if (d.weekday != null) {
            LocalDate day = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(d.weekday)));
            return new Range(day, day, DAY);
        }
        if (d.month == null && d.year == null) {
            return null;
        }
        if (d.month == null) {
            LocalDate s = LocalDate.of(d.year, 1, 1);
            LocalDate e = LocalDate.of(d.year, 12, 31);
            if (d.part == null) {
                return new Range(s, e, YEAR);
            }
            return switch (d.part) {
                case EARLY -> new Range(s, LocalDate.of(d.year, 4, 30), APPROXIMATE);
                case MID -> new Range(LocalDate.of(d.year, 5, 1), LocalDate.of(d.year, 8, 31), APPROXIMATE);
                case LATE -> new Range(LocalDate.of(d.year, 9, 1), e, APPROXIMATE);
                case START -> new Range(s, s, YEAR);
                case END -> new Range(e, e, APPROXIMATE);
                default -> new Range(s, e, YEAR);
            };
        }
        int y;
        if (d.year != null) {
            y = d.year;
        } else {
            y = anchor.getYear();
            int dayOfMonth = d.day == null ? 1 : d.day;
            if (d.month > anchor.getMonthValue()
                    || (d.month == anchor.getMonthValue() && dayOfMonth > anchor.getDayOfMonth())) {
                y--;
            }
        }
        YearMonth ym = YearMonth.of(y, d.month);
        if (d.day != null) {
            if (d.day > ym.lengthOfMonth()) {
                return null;
            }
            LocalDate day = ym.atDay(d.day);
            return new Range(day, day, DAY);
        }
        if (d.part == null) {
            return new Range(ym.atDay(1), ym.atEndOfMonth(), MONTH);
        }
        return switch (d.part) {
            case EARLY -> new Range(ym.atDay(1), ym.atDay(10), APPROXIMATE);
            case MID -> new Range(ym.atDay(11), ym.atDay(20), APPROXIMATE);
            case LATE -> new Range(ym.atDay(21), ym.atEndOfMonth(), APPROXIMATE);
            case START -> new Range(ym.atDay(1), ym.atDay(1), MONTH);
            case END -> new Range(ym.atEndOfMonth(), ym.atEndOfMonth(), APPROXIMATE);
            default -> new Range(ym.atDay(1), ym.atEndOfMonth(), MONTH);
        };
    }

    private static DatePrecision coarser(DatePrecision a, DatePrecision b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(DatePrecision p) {
        return switch (p) {
            case DAY -> 0;
            case MONTH -> 1;
            case YEAR -> 2;
            case APPROXIMATE -> 3;
        };
    }
}
