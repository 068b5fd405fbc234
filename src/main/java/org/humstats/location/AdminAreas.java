package org.humstats.location;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The admin-1 and admin-2 areas a place lies in (or is), read from the materialised paths: what a spreadsheet user
 * pivots on, beside the exact place. One lookup remembers what it has read, so a long export asks for each place once.
 */
@ApplicationScoped
public class AdminAreas {

    /** The codes of the admin-1 and admin-2 areas of a place; null where it has none (a country, an area outside the tree). */
    public record Codes(String admin1, String admin2) {
        static final Codes NONE = new Codes(null, null);
    }

    @Inject
    EntityManager em;

    public Lookup lookup() {
        return new Lookup();
    }

    public final class Lookup {
        private final Map<String, Codes> byPlace = new HashMap<>();
        private final Map<String, Integer> levels = new HashMap<>();

        private Lookup() {
        }

        /** The codes of a place given to {@link #load} before; {@link Codes#NONE} for an unknown place. */
        public Codes of(String place) {
            return byPlace.getOrDefault(place, Codes.NONE);
        }

        /** Reads the places not seen yet: their paths, then the admin levels of their ancestors (two statements). */
        public void load(Collection<String> places) {
            Set<String> missing = new HashSet<>();
            for (String p : places) {
                if (p != null && !byPlace.containsKey(p)) {
                    missing.add(p);
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            Map<String, String[]> ancestry = new HashMap<>();
            Set<String> unknownLevels = new HashSet<>();
            for (Object[] row : rows("select code, path from location where code in (:codes)", missing)) {
                String path = (String) row[1];
                String[] codes = path == null ? new String[] {(String) row[0]} : path.replaceAll("^/|/$", "").split("/");
                ancestry.put((String) row[0], codes);
                for (String c : codes) {
                    if (!levels.containsKey(c)) {
                        unknownLevels.add(c);
                    }
                }
            }
            if (!unknownLevels.isEmpty()) {
                for (Object[] row : rows("select code, admin_level from location where code in (:codes)", unknownLevels)) {
                    levels.put((String) row[0], row[1] == null ? -1 : ((Number) row[1]).intValue());
                }
            }
            for (String p : missing) {
                String admin1 = null;
                String admin2 = null;
                for (String c : ancestry.getOrDefault(p, new String[0])) {
                    int level = levels.getOrDefault(c, -1);
                    if (level == 1) {
                        admin1 = c;
                    } else if (level == 2) {
                        admin2 = c;
                    }
                }
                byPlace.put(p, new Codes(admin1, admin2));
            }
        }

        @SuppressWarnings("unchecked")
        private List<Object[]> rows(String sql, Set<String> codes) {
            return em.createNativeQuery(sql).setParameter("codes", codes).getResultList();
        }
    }
}
