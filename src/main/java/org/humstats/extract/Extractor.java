package org.humstats.extract;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Proposes the figures an English report states. Plain Java: no database, no HTTP, nothing downloaded; build it once
 * with the names to recognise and call {@link #extract} for each report (it is safe to share between threads).
 *
 * <p>Each sentence is read on its own: its numbers, the time it speaks of (resolved against the publication date), the
 * verb or noun that says what the number counts, who said it and where. A sentence that names no place takes the most
 * specific place of the nearest earlier sentence that names one; a figure nobody is said to have given is the
 * publisher's. Rules, limits and measured quality: {@code docs/extraction.md}.
 */
public final class Extractor {

    private final NameIndex<KnownPlace> places = new NameIndex<>();
    private final NameIndex<KnownSource> sources = new NameIndex<>();

    public Extractor(Collection<KnownPlace> knownPlaces, Collection<KnownSource> knownSources) {
        for (KnownPlace p : knownPlaces) {
            places.add(p.name(), p);
            if (p.aliases() != null) {
                p.aliases().forEach(a -> places.add(a, p));
            }
        }
        for (KnownSource s : knownSources) {
            sources.add(s.name(), s);
            sources.add(s.acronym(), s);
            if (s.aliases() != null) {
                s.aliases().forEach(a -> sources.add(a, s));
            }
            // A readable slug is a name too: "us-led-coalition" is "US-led coalition".
            if (s.id() != null && s.id().indexOf('-') > 0) {
                sources.add(s.id().replace('-', ' '), s);
            }
        }
    }

    /**
     * @param text        the report, as plain text
     * @param publishedOn its publication date: "in recent weeks", "on Thursday" and dates without a year are read from it
     * @param publisher   source id of the publisher, the source of figures the text attributes to no one (may be null)
     * @return the proposed figures, in the order the text states them
     */
    public List<ProposedFigure> extract(String text, LocalDate publishedOn, String publisher) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return new Reading(text, publishedOn, publisher, places, sources).run();
    }
}
