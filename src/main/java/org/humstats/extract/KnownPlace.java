package org.humstats.extract;

import java.util.List;

/**
 * A place of the gazetteer as the extractor needs it: its code, the names it goes by, and how specific it is.
 *
 * @param type       country, admin1, admin2, admin3, settlement or area
 * @param adminLevel 0-3 for admin areas, null for settlements and areas
 */
public record KnownPlace(String code, String name, List<String> aliases, String type, Integer adminLevel,
                         String parentCode, String countryCode) {

    /** Higher is more specific: a district before its province, a town before its district. */
    int specificity() {
        if (adminLevel != null) {
            return adminLevel * 10;
        }
        return "settlement".equals(type) ? 40 : 25;
    }
}
