package org.humstats.ingest;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.humstats.document.Citation;
import org.humstats.figure.FigureFields;
import org.humstats.figure.FigureView;
import org.humstats.source.SourceType;

/**
 * The metrics, sources and places a file may name, with what a figure's view shows of them: read once at the start of
 * an import, so that checking a million rows asks the database nothing.
 */
final class KnownCodes {

    private record Place(String name, String countryCode) {
    }

    private record SourceName(String name, SourceType type) {
    }

    final Map<String, Hashtag> metricTags = new HashMap<>();
    private final Map<String, SourceName> sources = new HashMap<>();
    private final Map<String, Place> places = new HashMap<>();

    @SuppressWarnings("unchecked")
    static KnownCodes load(EntityManager em) {
        KnownCodes codes = new KnownCodes();
        for (Object[] m : (List<Object[]>) em.createNativeQuery("select code, hxl from metric").getResultList()) {
            codes.metricTags.put((String) m[0], Hashtag.parse((String) m[1]));
        }
        for (Object[] s : em.createQuery("select s.id, s.name, s.type from Source s", Object[].class).getResultList()) {
            codes.sources.put((String) s[0], new SourceName((String) s[1], (SourceType) s[2]));
        }
        for (Object[] l : (List<Object[]>) em.createNativeQuery("select code, name, country_code from location").getResultList()) {
            codes.places.put((String) l[0], new Place((String) l[1], (String) l[2]));
        }
        return codes;
    }

    boolean hasMetric(String code) {
        return metricTags.containsKey(code);
    }

    boolean hasSource(String id) {
        return sources.containsKey(id);
    }

    boolean hasPlace(String code) {
        return places.containsKey(code);
    }

    /** The names the view of a figure with these fields shows, citing {@code document}. */
    FigureView.Names names(FigureFields f, Citation document) {
        Place place = places.get(f.locationCode());
        SourceName source = sources.get(f.source());
        return new FigureView.Names(place == null ? null : place.name(), place == null ? null : place.countryCode(),
                source == null ? null : source.name(), source == null ? null : source.type(), document);
    }
}
