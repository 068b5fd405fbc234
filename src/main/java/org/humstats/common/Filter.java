package org.humstats.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A JPQL where-clause built from the filters a client gave, with named parameters (never concatenated values). */
public final class Filter {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /** Adds {@code clause} when {@code value} is present; the clause refers to it as {@code :name}. */
    public Filter and(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            params.put(name, value);
        }
        return this;
    }

    public Filter and(String clause) {
        clauses.add(clause);
        return this;
    }

    public Filter param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    public Filter copy() {
        Filter f = new Filter();
        f.clauses.addAll(clauses);
        f.params.putAll(params);
        return f;
    }

    public String where() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    public Map<String, Object> params() {
        return params;
    }
}
