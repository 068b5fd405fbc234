package org.humstats.location;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;

/**
 * The admin-1 and admin-2 areas a place lies in (or is), read from the materialised paths: what a spreadsheet user
 * pivots on, beside the exact place. Answered from the gazetteer in memory ({@link Places}), so a CSV page or a long
 * export sends no statement for them.
 */
@ApplicationScoped
public class AdminAreas {

    /** The codes of the admin-1 and admin-2 areas of a place; null where it has none (a country, an area outside the tree). */
    public record Codes(String admin1, String admin2) {
        static final Codes NONE = new Codes(null, null);
    }

    @Inject
    Places places;

    public Lookup lookup() {
        return new Lookup();
    }

    public final class Lookup {

        private Lookup() {
        }

        /** The codes of a place; {@link Codes#NONE} for an unknown place. */
        public Codes of(String place) {
            return place == null ? Codes.NONE : places.areasOf(place);
        }

        /** Kept for callers that announce the places they will ask about; the gazetteer in memory has them all. */
        public void load(Collection<String> places) {
        }
    }
}
