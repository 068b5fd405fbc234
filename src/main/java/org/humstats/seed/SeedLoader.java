package org.humstats.seed;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.humstats.common.HumStatsConfig;
import org.humstats.database.Dialect;
import org.humstats.document.Document;
import org.humstats.document.DocumentInput;
import org.humstats.document.DocumentService;
import org.humstats.ingest.FigureImport;
import org.humstats.ingest.ImportFormat;
import org.humstats.location.Location;
import org.humstats.location.LocationInput;
import org.humstats.location.LocationService;
import org.humstats.source.Source;
import org.humstats.source.SourceInput;
import org.humstats.source.SourceService;
import org.jboss.logging.Logger;

/**
 * Loads seed-data/ at start-up through the same services (and checks) as the API. Every record has a fixed id and is
 * added only when that id is absent, so restarts never duplicate anything and never undo an editor's change.
 */
@ApplicationScoped
class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    @Inject
    HumStatsConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    SourceService sources;

    @Inject
    LocationService locations;

    @Inject
    DocumentService documents;

    @Inject
    FigureImport figureImport;

    @Inject
    EntityManager em;

    @Inject
    Dialect dialect;

    /** Instances starting together on one database load the seed one after the other, so only the first adds it. */
    private static final long SEED_LOCK = 0x5eed_0001L;

    @Transactional
    @ActivateRequestContext
    void load(@Observes @Priority(10) StartupEvent event) {
        if (!config.seed().enabled()) {
            return;
        }
        waitForOtherInstances();
        int added = 0;
        for (SourceInput s : read("sources.json", new TypeReference<List<SourceInput>>() { })) {
            if (Source.findById(s.id()) == null) {
                sources.create(s);
                added++;
            }
        }
        for (LocationInput l : read("locations.json", new TypeReference<List<LocationInput>>() { })) {
            if (Location.findById(l.code()) == null) {
                locations.create(l);
                added++;
            }
        }
        for (DocumentInput d : read("documents.json", new TypeReference<List<DocumentInput>>() { })) {
            if (Document.findById(d.id()) == null) {
                documents.create(d);
                added++;
            }
        }
        if (added > 0) {
            LOG.infof("Seed data: added %d records", added);
        }
    }

    /** After the sources, places and documents they name are committed; the import joins this transaction. */
    @Transactional
    @ActivateRequestContext
    void loadFigures(@Observes @Priority(11) StartupEvent event) {
        if (!config.seed().enabled()) {
            return;
        }
        waitForOtherInstances();
        // Figures go through the bulk import, as a data team's file would; create-only, so a corrected or retracted
        // seed figure stays as the editor left it.
        try (InputStream in = resource("figures.ndjson")) {
            int added = figureImport.runInTransaction(in, new FigureImport.Options(ImportFormat.NDJSON, null, false, true)).created();
            if (added > 0) {
                LOG.infof("Seed data: added %d figures", added);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("seed-data/figures.ndjson cannot be read", e);
        }
    }

    private void waitForOtherInstances() {
        em.unwrap(Session.class).doWork(c -> dialect.lockUntilCommit(c, SEED_LOCK));
    }

    private static InputStream resource(String file) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("seed-data/" + file);
        if (in == null) {
            throw new IllegalStateException("seed-data/" + file + " is missing from the build");
        }
        return in;
    }

    private <T> List<T> read(String file, TypeReference<List<T>> type) {
        try (InputStream in = resource(file)) {
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("seed-data/" + file + " cannot be read", e);
        }
    }
}
