package org.humstats.location;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.humstats.common.Csv;
import org.humstats.common.ImportRejected;
import org.humstats.common.ImportRejected.RowError;
import org.humstats.common.ProblemException;

/**
 * Loads OCHA's global P-code list ({@code Location,Admin Level,P-Code,Name,Parent P-Code,Valid from date}):
 * countries from their ISO3 codes with their English names, and the admin tree beneath them.
 * All or nothing: one bad row and nothing is stored.
 */
@ApplicationScoped
class GazetteerImport {

    static final List<String> HEADER = List.of("Location", "Admin Level", "P-Code", "Name", "Parent P-Code", "Valid from date");
    private static final Map<String, String> COUNTRY_NAMES = countryNames();

    @Inject
    EntityManager em;

    /** {@code warnings}: rows taken with a fix-up the data team should know about (e.g. a name missing in OCHA's file). */
    public record Result(boolean dryRun, int created, int updated, int unchanged, int countriesCreated, List<RowError> warnings) {
    }

    private record Row(long row, String country, int level, String pcode, String name, String parent, LocalDate validFrom) {
    }

    @Transactional
    public Result load(Reader csv, boolean dryRun) {
        List<Row> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        List<RowError> warnings = new ArrayList<>();
        parse(csv, rows, errors, warnings);

        Map<String, Location> existing = new HashMap<>();
        for (Location l : em.createQuery("select l from Location l", Location.class).getResultList()) {
            existing.put(l.code, l);
        }
        rows.sort(Comparator.comparingInt(Row::level));
        Map<String, String> pathOf = new HashMap<>();
        existing.values().forEach(l -> pathOf.put(l.code, l.path));
        Map<String, Integer> levelOf = new HashMap<>();
        existing.values().forEach(l -> levelOf.put(l.code, l.adminLevel));
        Map<String, Long> seen = new HashMap<>();

        List<String> newCountries = new ArrayList<>();
        for (Row r : rows) {
            if (!pathOf.containsKey(r.country())) {
                if (!COUNTRY_NAMES.containsKey(r.country())) {
                    errors.add(new RowError(r.row(), "Location", "'" + r.country() + "' is not an ISO 3166-1 alpha-3 code"));
                    continue;
                }
                newCountries.add(r.country());
                pathOf.put(r.country(), "/" + r.country() + "/");
                levelOf.put(r.country(), 0);
            }
            Long first = seen.putIfAbsent(r.pcode(), r.row());
            if (first != null) {
                errors.add(new RowError(r.row(), "P-Code", "'" + r.pcode() + "' appears again (first on row " + first + ")"));
                continue;
            }
            String parentPath = pathOf.get(r.parent());
            if (parentPath == null) {
                errors.add(new RowError(r.row(), "Parent P-Code", "unknown parent '" + r.parent()
                        + "': it is neither in the gazetteer nor earlier in this file"));
                continue;
            }
            if (!Objects.equals(levelOf.get(r.parent()), r.level() - 1)) {
                errors.add(new RowError(r.row(), "Parent P-Code", "'" + r.parent() + "' is not at admin level " + (r.level() - 1)));
                continue;
            }
            if (!parentPath.startsWith("/" + r.country() + "/")) {
                errors.add(new RowError(r.row(), "Parent P-Code", "'" + r.parent() + "' is not in " + r.country()));
                continue;
            }
            pathOf.put(r.pcode(), parentPath + r.pcode() + "/");
            levelOf.put(r.pcode(), r.level());
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingLong(RowError::row));
            throw new ImportRejected(errors);
        }

        int created = 0;
        int updated = 0;
        int unchanged = 0;
        Instant now = Instant.now();
        if (!dryRun) {
            for (String iso3 : newCountries.stream().distinct().toList()) {
                Location c = newLocation(iso3, COUNTRY_NAMES.get(iso3), LocationType.COUNTRY, 0, null, iso3, "/" + iso3 + "/", null, now);
                em.persist(c);
                em.persist(LocationName.of(iso3, c.name, false));
            }
        }
        int batch = 0;
        for (Row r : rows) {
            Location l = existing.get(r.pcode());
            String path = pathOf.get(r.pcode());
            if (l == null) {
                created++;
                if (!dryRun) {
                    em.persist(newLocation(r.pcode(), r.name(), LocationType.ofAdminLevel(r.level()), r.level(), r.parent(),
                            r.country(), path, r.validFrom(), now));
                    em.persist(LocationName.of(r.pcode(), r.name(), false));
                }
            } else if (l.name.equals(r.name()) && Objects.equals(l.parentCode, r.parent()) && Objects.equals(l.validFrom, r.validFrom())) {
                unchanged++;
            } else {
                updated++;
                if (!dryRun) {
                    if (!l.name.equals(r.name())) {
                        LocationName.delete("locationCode = ?1 and name = ?2", l.code, l.name);
                        em.flush();
                        // The old name stays findable as an alias: people keep using the names they know.
                        em.persist(LocationName.of(l.code, l.name, true));
                        if (LocationName.count("locationCode = ?1 and name = ?2", l.code, r.name()) == 0) {
                            em.persist(LocationName.of(l.code, r.name(), false));
                        }
                    }
                    l.name = r.name();
                    l.parentCode = r.parent();
                    l.path = path;
                    l.validFrom = r.validFrom();
                    l.updatedAt = now;
                    if (!em.contains(l)) {
                        em.merge(l);
                    }
                }
            }
            if (!dryRun && ++batch % 2000 == 0) {
                // Keep the persistence context small: dirty-checking tens of thousands of entities at every flush is slow.
                em.flush();
                em.clear();
            }
        }
        return new Result(dryRun, created, updated, unchanged, (int) newCountries.stream().distinct().count(), warnings);
    }

    private static void parse(Reader csv, List<Row> rows, List<RowError> errors, List<RowError> warnings) {
        Csv.RecordReader reader = new Csv.RecordReader(csv);
        List<String> header;
        try {
            header = reader.next();
        } catch (Csv.CsvException e) {
            throw ProblemException.badRequest("The file is not valid CSV: " + e.getMessage());
        }
        if (header == null) {
            throw ProblemException.badRequest("The file is empty; expected the header " + String.join(",", HEADER));
        }
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            header.set(0, header.get(0).substring(1));
        }
        if (!header.stream().map(String::trim).toList().equals(HEADER)) {
            throw ProblemException.badRequest("The header must be exactly '" + String.join(",", HEADER)
                    + "' (OCHA's global P-code list); got '" + String.join(",", header) + "'");
        }
        long rowNo = 1;
        while (true) {
            List<String> f;
            try {
                f = reader.next();
            } catch (Csv.CsvException e) {
                errors.add(new RowError(rowNo + 1, null, e.getMessage()));
                return;
            }
            if (f == null) {
                return;
            }
            rowNo++;
            if (f.size() == 1 && f.get(0).isBlank()) {
                continue;
            }
            if (f.size() != HEADER.size()) {
                errors.add(new RowError(rowNo, null, "has " + f.size() + " columns, expected " + HEADER.size()));
                continue;
            }
            String country = f.get(0).trim().toUpperCase(Locale.ROOT);
            String pcode = f.get(2).trim();
            String name = f.get(3).trim();
            String parent = f.get(4).trim();
            int before = errors.size();
            int level = -1;
            try {
                level = Integer.parseInt(f.get(1).trim());
                if (level < 1 || level > 3) {
                    errors.add(new RowError(rowNo, "Admin Level", "must be 1, 2 or 3, got " + level));
                }
            } catch (NumberFormatException e) {
                errors.add(new RowError(rowNo, "Admin Level", "'" + f.get(1) + "' is not a number"));
            }
            if (!pcode.matches("[A-Za-z0-9]{3,64}")) {
                errors.add(new RowError(rowNo, "P-Code", "'" + pcode + "' is not a P-code (letters and digits)"));
            }
            if (name.length() > 200) {
                errors.add(new RowError(rowNo, "Name", "is longer than 200 characters"));
            }
            String textProblem = org.humstats.common.StoredValues.textProblem(name);
            if (textProblem != null) {
                errors.add(new RowError(rowNo, "Name", textProblem));
            }
            if (name.isEmpty() && !pcode.isEmpty()) {
                // OCHA's own list has a few unnamed areas; the P-code stands in until someone names them.
                warnings.add(new RowError(rowNo, "Name", "is empty; the P-code " + pcode + " is used as the name"));
                name = pcode;
            }
            if (parent.isEmpty()) {
                errors.add(new RowError(rowNo, "Parent P-Code", "is empty"));
            }
            LocalDate validFrom = null;
            if (!f.get(5).isBlank()) {
                try {
                    validFrom = LocalDate.parse(f.get(5).trim());
                    String dateProblem = org.humstats.common.StoredValues.dateProblem(validFrom);
                    if (dateProblem != null) {
                        errors.add(new RowError(rowNo, "Valid from date", dateProblem));
                    }
                } catch (DateTimeParseException e) {
                    errors.add(new RowError(rowNo, "Valid from date", "'" + f.get(5) + "' is not a date (YYYY-MM-DD)"));
                }
            }
            if (errors.size() == before) {
                rows.add(new Row(rowNo, country, level, pcode, name, parent, validFrom));
            }
        }
    }

    private static Location newLocation(String code, String name, LocationType type, Integer level, String parent,
                                        String country, String path, LocalDate validFrom, Instant now) {
        Location l = new Location();
        l.code = code;
        l.name = name;
        l.type = type;
        l.adminLevel = level;
        l.parentCode = parent;
        l.countryCode = country;
        l.path = path;
        l.validFrom = validFrom;
        l.createdAt = now;
        l.updatedAt = now;
        return l;
    }

    /** ISO3 → English short name, from the JDK's own ISO 3166 tables. */
    private static Map<String, String> countryNames() {
        Map<String, String> names = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            Locale l = new Locale("", alpha2);
            try {
                names.put(l.getISO3Country(), l.getDisplayCountry(Locale.ENGLISH));
            } catch (java.util.MissingResourceException ignored) {
                // a code without an alpha-3 form cannot appear in OCHA's list
            }
        }
        return Map.copyOf(names);
    }
}
