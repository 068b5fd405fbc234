package org.humstats.location;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A location on the wire; {@code ancestors} (country first) only when one location is asked for. */
record LocationView(String code, String name, List<String> aliases, LocationType type, Integer adminLevel,
                           String parentCode, String countryCode, Double lat, Double lon, LocalDate validFrom,
                           Instant createdAt, Instant updatedAt, int version,
                           @JsonInclude(JsonInclude.Include.NON_NULL) List<Ancestor> ancestors,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> overlaps) {

    public record Ancestor(String code, String name, LocationType type, Integer adminLevel) {
    }

    static LocationView of(Location l, List<String> aliases, List<Ancestor> ancestors) {
        return of(l, aliases, ancestors, null);
    }

    static LocationView of(Location l, List<String> aliases, List<Ancestor> ancestors, List<String> overlaps) {
        return new LocationView(l.code, l.name, aliases, l.type, l.adminLevel, l.parentCode, l.countryCode, l.lat, l.lon,
                l.validFrom, l.createdAt, l.updatedAt, l.version, ancestors, overlaps);
    }
}
