package org.humstats.aggregate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An in-memory {@link Gazetteer}; children are listed in the order their entries were given. */
final class MapGazetteer implements Gazetteer {

    /** One location of the tree; parentCode null for a top-level location. */
    public record Entry(String code, String name, String parentCode, Integer adminLevel) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<String, List<String>> children = new LinkedHashMap<>();

    public MapGazetteer(Collection<Entry> entries) {
        for (Entry entry : entries) {
            if (this.entries.put(entry.code(), entry) != null) {
                throw new IllegalArgumentException("duplicate location code " + entry.code());
            }
        }
        for (Entry entry : entries) {
            if (entry.parentCode() != null) {
                children.computeIfAbsent(entry.parentCode(), k -> new ArrayList<>()).add(entry.code());
            }
        }
    }

    public static MapGazetteer of(Entry... entries) {
        return new MapGazetteer(List.of(entries));
    }

    public static Entry entry(String code, String name, String parentCode, Integer adminLevel) {
        return new Entry(code, name, parentCode, adminLevel);
    }

    @Override
    public String name(String code) {
        Entry entry = entries.get(code);
        return entry == null ? null : entry.name();
    }

    @Override
    public List<String> children(String code) {
        return List.copyOf(children.getOrDefault(code, List.of()));
    }

    @Override
    public Integer adminLevel(String code) {
        Entry entry = entries.get(code);
        return entry == null ? null : entry.adminLevel();
    }

    @Override
    public String parent(String code) {
        Entry entry = entries.get(code);
        return entry == null ? null : entry.parentCode();
    }
}
