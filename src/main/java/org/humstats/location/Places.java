package org.humstats.location;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.humstats.common.DataClock;
import org.humstats.common.Snapshot;

/**
 * Every place of the gazetteer (names, tree, aliases) in memory, for the reads that need names and the tree on every request (figure lists,
 * CSV rows): a figure page needs no statement for them. Read again after any change ({@link DataClock}); a code not
 * found is looked up in the database before it is called unknown, so a place just added on another instance is found.
 */
@ApplicationScoped
public class Places {

    /** What a read needs of a place: its name, country, admin level (null outside the admin tree) and path. */
    public record Place(String code, String name, String countryCode, Integer adminLevel, String path) {
    }

    /** All places by code, and by path for "everything inside". */
    private record Gazetteer(Map<String, Place> byCode, NavigableMap<String, String> codeByPath,
                             Map<String, List<String>> aliases) {
    }

    @Inject
    DataSource dataSource;

    @Inject
    DataClock clock;

    private Snapshot<Gazetteer> gazetteer;

    @PostConstruct
    void init() {
        gazetteer = new Snapshot<>(clock, this::read);
    }

    /** The place with this code, if the gazetteer has it. */
    public Optional<Place> find(String code) {
        Place p = gazetteer.get().byCode().get(code);
        if (p == null && code != null && existsInDatabase(code)) {
            gazetteer.forget();
            p = gazetteer.get().byCode().get(code);
        }
        return Optional.ofNullable(p);
    }

    /**
     * Makes sure the memory is current; a caller about to hold a connection for a while calls it first, so that no
     * reload has to wait for a connection meanwhile.
     */
    public void ready() {
        gazetteer.get();
    }

    /** The place of a stored figure (null only if it was removed); no statement unless this instance has not seen it yet. */
    public Place of(String code) {
        Place p = gazetteer.get().byCode().get(code);
        return p != null ? p : find(code).orElse(null);
    }

    /** The codes of {@code place} and of every place inside it (by materialised path), the place first. */
    public List<String> within(Place place) {
        List<String> codes = new ArrayList<>();
        codes.add(place.code());
        if (place.path() != null) {
            NavigableMap<String, String> inside = gazetteer.get().codeByPath()
                    .subMap(place.path(), false, place.path() + Character.MAX_VALUE, false);
            codes.addAll(inside.values());
        }
        return codes;
    }

    /** The admin-1 and admin-2 areas a place lies in or is, from its path. */
    public AdminAreas.Codes areasOf(String code) {
        Gazetteer g = gazetteer.get();
        Place p = g.byCode().get(code);
        if (p == null) {
            p = of(code);
            if (p == null) {
                return AdminAreas.Codes.NONE;
            }
            g = gazetteer.get();
        }
        String[] ancestry = p.path() == null ? new String[] {p.code()} : p.path().replaceAll("^/|/$", "").split("/");
        String admin1 = null;
        String admin2 = null;
        for (String c : ancestry) {
            Place a = g.byCode().get(c);
            int level = a == null || a.adminLevel() == null ? -1 : a.adminLevel();
            if (level == 1) {
                admin1 = c;
            } else if (level == 2) {
                admin2 = c;
            }
        }
        return new AdminAreas.Codes(admin1, admin2);
    }

    /** The aliases of a place, in the database's order (empty for none). */
    public List<String> aliasesOf(String code) {
        return gazetteer.get().aliases().getOrDefault(code, List.of());
    }

    private Gazetteer read() {
        Map<String, Place> byCode = new HashMap<>();
        NavigableMap<String, String> byPath = new TreeMap<>();
        Map<String, List<String>> aliases = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("select code, name, country_code, admin_level, path from location");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    int level = rs.getInt(4);
                    Place p = new Place(rs.getString(1), rs.getString(2), rs.getString(3), rs.wasNull() ? null : level,
                            rs.getString(5));
                    byCode.put(p.code(), p);
                    if (p.path() != null) {
                        byPath.put(p.path(), p.code());
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "select location_code, name from location_name where is_alias = true order by location_code, name");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    aliases.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the gazetteer failed: " + e.getMessage(), e);
        }
        aliases.replaceAll((k, v) -> List.copyOf(v));
        return new Gazetteer(Map.copyOf(byCode), byPath, Map.copyOf(aliases));
    }

    private boolean existsInDatabase(String code) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select 1 from location where code = ?")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("looking up place " + code + " failed: " + e.getMessage(), e);
        }
    }
}
