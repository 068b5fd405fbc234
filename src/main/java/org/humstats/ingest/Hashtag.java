package org.humstats.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * An HXL hashtag with its attributes, e.g. {@code #affected+idps+ind+stock}. Two tags are the same whatever the order
 * or case of their attributes, as HXL says.
 */
record Hashtag(String tag, Set<String> attributes) {

    /** @return the hashtag of a cell of the tag row, or null when the cell is not a hashtag (an untagged column) */
    static Hashtag parse(String cell) {
        String s = cell == null ? "" : cell.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        if (!s.startsWith("#") || s.length() < 2) {
            return null;
        }
        String[] parts = s.substring(1).split("\\+");
        if (parts[0].isEmpty()) {
            return null;
        }
        Set<String> attributes = new TreeSet<>();
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                attributes.add(parts[i]);
            }
        }
        return new Hashtag(parts[0], Set.copyOf(attributes));
    }

    boolean has(String attribute) {
        return attributes.contains(attribute);
    }
}
