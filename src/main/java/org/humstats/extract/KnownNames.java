package org.humstats.extract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.humstats.common.WireNamed;

/**
 * The extractor built over the stored gazetteer and sources. Building it folds every name (about a second for OCHA's
 * 33,000 admin areas), so it is kept and rebuilt only when a location, location name, source or source alias changed;
 * one small query of counts and latest changes tells.
 */
@ApplicationScoped
class KnownNames {

    @Inject
    EntityManager em;

    private String builtFor;
    private Extractor extractor;

    @Transactional(Transactional.TxType.SUPPORTS)
    synchronized Extractor extractor() {
        String state = Arrays.deepToString((Object[]) em.createNativeQuery("select (select count(*) from location), "
                + "(select max(updated_at) from location), (select count(*) from location_name), "
                + "(select count(*) from source), (select max(updated_at) from source), "
                + "(select count(*) from source_alias)").getSingleResult());
        if (!state.equals(builtFor)) {
            extractor = new Extractor(places(), sources());
            builtFor = state;
        }
        return extractor;
    }

    private List<KnownPlace> places() {
        Map<String, List<String>> aliases = new HashMap<>();
        for (Object[] r : em.createQuery("select n.locationCode, n.name from LocationName n where n.isAlias = true",
                Object[].class).getResultList()) {
            aliases.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        List<KnownPlace> out = new ArrayList<>();
        for (Object[] r : em.createQuery("select l.code, l.name, l.type, l.adminLevel, l.parentCode, l.countryCode "
                + "from Location l", Object[].class).getResultList()) {
            String code = (String) r[0];
            out.add(new KnownPlace(code, (String) r[1], aliases.getOrDefault(code, List.of()), ((WireNamed) r[2]).wire(),
                    (Integer) r[3], (String) r[4], (String) r[5]));
        }
        return out;
    }

    private List<KnownSource> sources() {
        Map<String, List<String>> aliases = new HashMap<>();
        for (Object[] r : em.createQuery("select a.sourceId, a.alias from SourceAlias a", Object[].class).getResultList()) {
            aliases.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        List<KnownSource> out = new ArrayList<>();
        for (Object[] r : em.createQuery("select s.id, s.name, s.acronym from Source s", Object[].class).getResultList()) {
            String id = (String) r[0];
            out.add(new KnownSource(id, (String) r[1], (String) r[2], aliases.getOrDefault(id, List.of())));
        }
        return out;
    }
}
