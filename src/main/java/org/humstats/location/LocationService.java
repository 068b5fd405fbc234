package org.humstats.location;

import org.humstats.common.NameFolding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.humstats.common.Filter;
import org.humstats.common.Keyset;
import org.humstats.common.Page;
import org.humstats.common.PageRequest;
import org.humstats.common.Problem;
import org.humstats.common.ProblemException;

@ApplicationScoped
@Transactional
public class LocationService {

    private static final Keyset.Order<Location> BY_CODE = Keyset.Order.byId("l.code", l -> l.code, v -> v);

    @Inject
    EntityManager em;

    @Inject
    Places places;

    /** The filters of GET /locations. */
    public record Query(String q, String country, Integer adminLevel, String parent, LocationType type) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<LocationView> list(Query query, PageRequest page) {
        String folded = query.q() == null || query.q().isBlank() ? null : NameFolding.fold(query.q());
        Filter f = new Filter()
                .and("l.countryCode = :country", "country", query.country() == null ? null : query.country().toUpperCase())
                .and("l.adminLevel = :level", "level", query.adminLevel())
                .and("l.parentCode = :parent", "parent", query.parent())
                .and("l.type = :type", "type", query.type());
        if (folded != null) {
            f.and("(upper(l.code) = :codeQ or l.code in (select n.locationCode from LocationName n where n.folded like :q))")
                    .param("codeQ", query.q().trim().toUpperCase())
                    .param("q", "%" + folded + "%");
        }
        places.ready();
        Page<Location> rows = Keyset.page(em, Location.class, "l", f, BY_CODE, page, l -> l);
        return new Page<>(rows.data().stream().map(l -> LocationView.of(l, places.aliasesOf(l.code), null)).toList(),
                rows.page());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LocationView> find(String code) {
        Location l = Location.findById(code);
        if (l == null) {
            return Optional.empty();
        }
        return Optional.of(LocationView.of(l, aliasesOf(List.of(code)).getOrDefault(code, List.of()), ancestorsOf(l),
                overlapsOf(code)));
    }

    /** The admin units an area overlaps (issue 11), sorted. */
    @SuppressWarnings("unchecked")
    private List<String> overlapsOf(String code) {
        return em.createNativeQuery("select overlaps_code from location_overlap where location_code = ?1 order by overlaps_code")
                .setParameter(1, code).getResultList();
    }

    /** Replaces the units {@code code} overlaps; each must exist and differ from it. */
    private void saveOverlaps(String code, List<String> overlaps) {
        em.createNativeQuery("delete from location_overlap where location_code = ?1").setParameter(1, code).executeUpdate();
        if (overlaps == null) {
            return;
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < overlaps.size(); i++) {
            String other = overlaps.get(i) == null ? "" : overlaps.get(i).trim();
            if (other.equals(code)) {
                errors.add(new Problem.FieldError("overlaps[" + i + "]", "a location does not overlap itself"));
            } else if (Location.findById(other) == null) {
                errors.add(new Problem.FieldError("overlaps[" + i + "]", "unknown location '" + other + "'; add it first"));
            } else {
                seen.add(other);
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        for (String other : seen) {
            em.createNativeQuery("insert into location_overlap (location_code, overlaps_code) values (?1, ?2)")
                    .setParameter(1, code).setParameter(2, other).executeUpdate();
        }
    }

    /** Country first, then each level down to the parent. */
    List<LocationView.Ancestor> ancestorsOf(Location l) {
        List<String> codes = Arrays.stream(l.path.split("/")).filter(s -> !s.isEmpty() && !s.equals(l.code)).toList();
        if (codes.isEmpty()) {
            return List.of();
        }
        Map<String, Location> byCode = Location.<Location>list("code in ?1", codes).stream()
                .collect(Collectors.toMap(x -> x.code, x -> x));
        return codes.stream().map(byCode::get)
                .map(a -> new LocationView.Ancestor(a.code, a.name, a.type, a.adminLevel)).toList();
    }

    private Map<String, List<String>> aliasesOf(List<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select n from LocationName n where n.isAlias = true and n.locationCode in :codes"
                        + " order by n.locationCode, n.name", LocationName.class)
                .setParameter("codes", codes).getResultList().stream()
                .collect(Collectors.groupingBy(n -> n.locationCode, Collectors.mapping(n -> n.name, Collectors.toList())));
    }

    public LocationView create(LocationInput in) {
        if (in.code() == null) {
            throw ProblemException.validation(List.of(new Problem.FieldError("code", "is required")));
        }
        if (Location.findById(in.code()) != null) {
            throw ProblemException.conflict("A location with code '" + in.code() + "' already exists; use PUT to change it.");
        }
        Location l = new Location();
        l.code = in.code();
        l.createdAt = Instant.now();
        apply(l, in);
        l.persist();
        saveNames(l, in.aliases());
        em.flush();
        saveOverlaps(l.code, in.overlaps());
        return find(l.code).orElseThrow();
    }

    public LocationView update(String code, LocationInput in) {
        if (in.code() != null && !in.code().equals(code)) {
            throw ProblemException.validation(List.of(new Problem.FieldError("code",
                    "differs from the code in the path ('" + code + "'); codes cannot be changed")));
        }
        Location l = Location.findById(code);
        if (l == null) {
            throw ProblemException.notFound("location", code);
        }
        String oldPath = l.path;
        apply(l, in);
        if (!oldPath.equals(l.path)) {
            if (l.path.startsWith(oldPath)) {
                throw ProblemException.validation(List.of(new Problem.FieldError("parent_code",
                        "'" + in.parentCode() + "' lies inside " + code + "; a location cannot be its own ancestor")));
            }
            // Moving a location moves its whole subtree.
            em.createQuery("update Location x set x.path = concat(:newPath, substring(x.path, :cut)) where x.path like :old")
                    .setParameter("newPath", l.path).setParameter("cut", oldPath.length() + 1)
                    .setParameter("old", oldPath + "%").executeUpdate();
        }
        LocationName.delete("locationCode", code);
        em.flush();
        saveNames(l, in.aliases());
        em.flush();
        saveOverlaps(code, in.overlaps());
        em.flush();
        em.clear();
        return find(code).orElseThrow();
    }

    private void saveNames(Location l, List<String> aliases) {
        Set<String> names = new LinkedHashSet<>();
        names.add(l.name);
        if (aliases != null) {
            aliases.stream().map(String::trim).forEach(names::add);
        }
        for (String n : names) {
            LocationName.of(l.code, n, !n.equals(l.name)).persist();
        }
    }

    /** Checks the place in the tree that the input claims and fills in what follows from it. */
    private void apply(Location l, LocationInput in) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Integer level = in.adminLevel() != null ? in.adminLevel() : in.type().adminLevel;
        if (!java.util.Objects.equals(level, in.type().adminLevel)) {
            errors.add(new Problem.FieldError("admin_level", in.type().adminLevel == null
                    ? "must be empty for a " + in.type().wire()
                    : "a " + in.type().wire() + " has admin level " + in.type().adminLevel));
        }
        Location parent = null;
        if (in.type() == LocationType.COUNTRY) {
            if (!in.code().matches("[A-Z]{3}") && !l.code.matches("[A-Z]{3}")) {
                errors.add(new Problem.FieldError("code", "a country's code is its ISO 3166-1 alpha-3 code, e.g. SYR"));
            }
            if (in.parentCode() != null) {
                errors.add(new Problem.FieldError("parent_code", "a country has no parent"));
            }
        } else if (in.parentCode() == null) {
            if (in.type().adminLevel != null) {
                errors.add(new Problem.FieldError("parent_code", "an admin area needs its parent (the P-code one level up)"));
            }
        } else {
            parent = Location.findById(in.parentCode());
            if (parent == null) {
                errors.add(new Problem.FieldError("parent_code", "unknown location '" + in.parentCode() + "'"));
            } else if (in.type().adminLevel != null && !java.util.Objects.equals(parent.adminLevel, in.type().adminLevel - 1)) {
                errors.add(new Problem.FieldError("parent_code", "the parent of an " + in.type().wire()
                        + " must be at admin level " + (in.type().adminLevel - 1) + "; '" + parent.code + "' is "
                        + (parent.adminLevel == null ? "a " + parent.type.wire() : "at level " + parent.adminLevel)));
            }
        }
        String country = in.type() == LocationType.COUNTRY ? l.code
                : parent != null ? parent.countryCode : in.countryCode();
        if (in.countryCode() != null && country != null && !in.countryCode().equalsIgnoreCase(country)) {
            errors.add(new Problem.FieldError("country_code", "is " + in.countryCode() + " but the parent lies in " + country));
        }
        if (country != null && Location.findById(country.toUpperCase()) == null && in.type() != LocationType.COUNTRY) {
            errors.add(new Problem.FieldError("country_code", "unknown country '" + country + "'"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        l.name = in.name().trim();
        l.type = in.type();
        l.adminLevel = level;
        l.parentCode = in.parentCode();
        l.countryCode = country == null ? null : country.toUpperCase();
        l.lat = in.lat();
        l.lon = in.lon();
        l.validFrom = in.validFrom();
        l.path = (parent == null ? "/" : parent.path) + l.code + "/";
        l.updatedAt = Instant.now();
    }
}
