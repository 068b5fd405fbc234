package org.humstats.location;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LocationInput", description = "A place in the gazetteer.")
public record LocationInput(
        @Schema(description = "ISO 3166-1 alpha-3 for a country, the OCHA P-code for an admin area, or a slug for an area",
                example = "SY0902")
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9]+([-_][A-Za-z0-9]+)*", message = "may hold letters, digits, '-' and '_' only")
        String code,
        @Schema(description = "Name", example = "Abu Kamal")
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "Other names and spellings, searched like the name", example = "[\"Albu Kamal\", \"Al-Bukamal\"]")
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> aliases,
        @Schema(description = "country, admin1, admin2, admin3, settlement or area", example = "admin2")
        @NotNull LocationType type,
        @Schema(description = "0 for a country, 1–3 for admin areas; must match the type. Leave out to take it from the type.",
                example = "2")
        Integer adminLevel,
        @Schema(description = "Code of the parent location (required for admin areas)", example = "SY09")
        @Size(max = 64) String parentCode,
        @Schema(description = "ISO3 of the country; taken from the parent when left out", example = "SYR")
        @Size(max = 3) String countryCode,
        @Schema(description = "Latitude (WGS 84)", example = "34.45")
        @DecimalMin("-90") @DecimalMax("90") Double lat,
        @Schema(description = "Longitude (WGS 84)", example = "40.92")
        @DecimalMin("-180") @DecimalMax("180") Double lon,
        @Schema(description = "Date from which this P-code is valid", example = "2017-01-01")
        LocalDate validFrom,
        @Schema(description = "For an area that straddles admin units: the codes of the units it overlaps. Questions about "
                + "those units (or places above them) then show its figures under `related`, never summed.",
                example = "[\"SY09\", \"IQG01\"]")
        @Size(max = 20) List<@NotBlank @Size(max = 64) String> overlaps) {

    /** A location that overlaps no other. */
    public LocationInput(String code, String name, List<String> aliases, LocationType type, Integer adminLevel,
                         String parentCode, String countryCode, Double lat, Double lon, LocalDate validFrom) {
        this(code, name, aliases, type, adminLevel, parentCode, countryCode, lat, lon, validFrom, null);
    }
}
