package org.humstats.figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.humstats.common.Problem.FieldError;

/**
 * Who a figure counts: the part of the people of its metric, place and period that the number is about. Every field
 * has a default that means "the whole" (no subject, sex {@code all}, age {@code all}, ..., unit {@code people}), and
 * two figures with different breakdowns are different quantities: the counting rules never compare, add or replace one
 * with the other (docs/counting.md#breakdowns).
 *
 * <p>The {@link #key()} names the breakdown in one string, stored beside the figure ({@code breakdown_key}) so that the
 * counting index can seek to one breakdown; the whole has the empty key.
 *
 * @param subject         who is counted when the source names a group ("civilians"); null: everyone
 * @param sex             {@code all}, {@code female} or {@code male}
 * @param age             {@code all} or a band in years: {@code 0-17}, {@code 60+}
 * @param populationGroup {@code all} or a slug: {@code idps}, {@code refugees}, {@code host_community}
 * @param sector          {@code all} or a slug: {@code health}, {@code food-security}
 * @param cause           {@code all}, {@code conflict}, {@code disaster} or another slug
 * @param unit            {@code people} or {@code households}
 */
public record Breakdown(String subject, String sex, String age, String populationGroup, String sector, String cause,
                        String unit) {

    public static final String ALL = "all";
    public static final String PEOPLE = "people";

    /** The whole: everyone, counted as people. */
    public static final Breakdown WHOLE = new Breakdown(null, null, null, null, null, null, null);

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:[-_][a-z0-9]+)*");
    private static final Pattern AGE = Pattern.compile("all|\\d{1,3}-\\d{1,3}|\\d{1,3}\\+");

    /** The parts a figure can be broken down by, in the order of their key; each has a wire name and a default. */
    public enum Dimension {
        SUBJECT("subject", null, Breakdown::subject),
        SEX("sex", ALL, Breakdown::sex),
        AGE("age", ALL, Breakdown::age),
        POPULATION_GROUP("population_group", ALL, Breakdown::populationGroup),
        SECTOR("sector", ALL, Breakdown::sector),
        CAUSE("cause", ALL, Breakdown::cause),
        UNIT("unit", PEOPLE, Breakdown::unit);

        private final String wire;
        private final String whole;
        private final Function<Breakdown, String> get;

        Dimension(String wire, String whole, Function<Breakdown, String> get) {
            this.wire = wire;
            this.whole = whole;
            this.get = get;
        }

        public String wire() {
            return wire;
        }

        /** The value that means "the whole" (null for the subject: everyone). */
        public String whole() {
            return whole;
        }

        public String of(Breakdown b) {
            return get.apply(b);
        }

        public static Dimension find(String wire) {
            for (Dimension d : values()) {
                if (d.wire.equals(wire)) {
                    return d;
                }
            }
            return null;
        }
    }

    /** Blanks become the whole's defaults; the enumerated parts are case-folded ("Conflict" is "conflict"). */
    public Breakdown {
        subject = subject == null || subject.isBlank() ? null : subject.trim();
        sex = folded(sex, ALL);
        age = folded(age, ALL);
        populationGroup = folded(populationGroup, ALL);
        sector = folded(sector, ALL);
        cause = folded(cause, ALL);
        unit = folded(unit, PEOPLE);
    }

    private static String folded(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text.trim().toLowerCase(Locale.ROOT);
    }

    public boolean isWhole() {
        return key().isEmpty();
    }

    /** This breakdown with {@code dimension} set to {@code value}. */
    public Breakdown with(Dimension dimension, String value) {
        String[] v = new String[Dimension.values().length];
        for (Dimension d : Dimension.values()) {
            v[d.ordinal()] = d == dimension ? value : d.of(this);
        }
        return new Breakdown(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
    }

    /**
     * Whether {@code other} is the same breakdown, ignoring {@code free} (null: compare every part). A question grouped
     * by sex takes every figure whose other parts equal the question's, whatever its sex.
     */
    public boolean sameExcept(Breakdown other, Dimension free) {
        for (Dimension d : Dimension.values()) {
            if (d != free && !java.util.Objects.equals(d.of(this), d.of(other))) {
                return false;
            }
        }
        return true;
    }

    /** The parts that differ from the whole, by wire name, in key order ({@code {"sex": "female"}}); empty for the whole. */
    public Map<String, String> parts() {
        Map<String, String> parts = new LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
            String v = d.of(this);
            if (v != null && !v.equals(d.whole())) {
                parts.put(d.wire(), v);
            }
        }
        return parts;
    }

    /**
     * One string naming the breakdown: {@code sex=female|age=0-17}, the subject last ({@code |subject=civilians}) because
     * it is free text and may hold the separator; the empty string for the whole.
     */
    public String key() {
        StringBuilder key = new StringBuilder();
        for (Dimension d : Dimension.values()) {
            if (d == Dimension.SUBJECT) {
                continue;
            }
            String v = d.of(this);
            if (!v.equals(d.whole())) {
                key.append(key.isEmpty() ? "" : "|").append(d.wire()).append('=').append(v);
            }
        }
        if (subject != null) {
            key.append(key.isEmpty() ? "" : "|").append("subject=").append(subject);
        }
        return key.toString();
    }

    /** The breakdown a {@link #key()} names. */
    public static Breakdown ofKey(String key) {
        if (key == null || key.isEmpty()) {
            return WHOLE;
        }
        Breakdown b = WHOLE;
        String rest = key;
        while (!rest.isEmpty()) {
            if (rest.startsWith("subject=")) {
                return b.with(Dimension.SUBJECT, rest.substring("subject=".length()));
            }
            int bar = rest.indexOf('|');
            String part = bar < 0 ? rest : rest.substring(0, bar);
            rest = bar < 0 ? "" : rest.substring(bar + 1);
            int eq = part.indexOf('=');
            Dimension d = eq < 0 ? null : Dimension.find(part.substring(0, eq));
            if (d == null) {
                throw new IllegalStateException("stored breakdown key '" + key + "' is not well formed");
            }
            b = b.with(d, part.substring(eq + 1));
        }
        return b;
    }

    /** What is wrong with the parts, each error naming its field. */
    public List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        problem(Dimension.SEX, errors);
        problem(Dimension.AGE, errors);
        problem(Dimension.POPULATION_GROUP, errors);
        problem(Dimension.SECTOR, errors);
        problem(Dimension.CAUSE, errors);
        problem(Dimension.UNIT, errors);
        return errors;
    }

    private void problem(Dimension d, List<FieldError> errors) {
        String message = problem(d, d.of(this));
        if (message != null) {
            errors.add(new FieldError(d.wire(), message));
        }
    }

    /** Why {@code value} (already folded) is not a value of {@code d}; null when it is. */
    public static String problem(Dimension d, String value) {
        return switch (d) {
            case SUBJECT -> value != null && value.length() > 100 ? "is longer than 100 characters" : null;
            case SEX -> value.equals(ALL) || value.equals("female") || value.equals("male") ? null
                    : "'" + value + "' is not one of: all, female, male";
            case AGE -> AGE.matcher(value).matches() && ageOrdered(value) ? null
                    : "'" + value + "' is not an age band: all, or years such as 0-17, 18-59 or 60+";
            case UNIT -> value.equals(PEOPLE) || value.equals("households") ? null
                    : "'" + value + "' is not one of: people, households";
            case POPULATION_GROUP, SECTOR, CAUSE -> value.length() <= 64 && SLUG.matcher(value).matches() ? null
                    : "'" + value + "' is not a slug of at most 64 characters (lower-case letters, digits, - or _; "
                    + "e.g. " + (d == Dimension.CAUSE ? "conflict, disaster" : d == Dimension.SECTOR ? "health, food-security"
                    : "idps, refugees, host_community") + ")";
        };
    }

    private static boolean ageOrdered(String age) {
        int dash = age.indexOf('-');
        return dash < 0 || Integer.parseInt(age.substring(0, dash)) <= Integer.parseInt(age.substring(dash + 1));
    }
}
