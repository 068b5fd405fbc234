package org.humstats.ingest;

import org.humstats.figure.Kind;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.humstats.common.HumStatsConfig;
import org.humstats.common.ProblemException;
import org.humstats.database.Dialect;
import org.humstats.figure.FigureTable;
import org.humstats.figure.FigureView;
import org.humstats.history.ChangeLog;
import org.humstats.history.ChangeType;
import org.humstats.security.Caller;

/**
 * The bulk path for figures, all or nothing: a file is read row by row ({@link RowReader}), each row checked as the API
 * would check it ({@link RowCheck}), the documents the rows cite settled ({@link DocumentResolution}), the rows matched
 * to stored figures ({@link FigureMatcher}), and each batch written with its change-log entries ({@link BatchWriter}),
 * all in one transaction. Reading, checking and matching run one batch ahead of the writing ({@link ImportPipeline}).
 *
 * <p>The file is never held in memory: rows are written while the file is good; the first bad row stops the writing but
 * not the reading, so the answer lists every bad row, and the transaction is rolled back.
 */
@ApplicationScoped
public class FigureImport {

    /** Rows per database round trip: large enough for bulk writes to pay, small enough to keep memory flat. */
    static final int BATCH = 1000;

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    @Inject
    Dialect dialect;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Inject
    ChangeLog changeLog;

    @Inject
    Caller caller;

    private final Semaphore running;
    private final ManagedExecutor readers;

    @Inject
    FigureImport(HumStatsConfig config) {
        int concurrent = config.imports().maxConcurrent();
        running = new Semaphore(concurrent);
        // The readers must not join the request's transaction: they read on connections of their own.
        readers = ManagedExecutor.builder().maxAsync(concurrent).maxQueued(concurrent)
                .propagated(ThreadContext.NONE).cleared(ThreadContext.ALL_REMAINING).build();
    }

    @PreDestroy
    void stop() {
        readers.shutdownNow();
    }

    /**
     * @param source     the source of rows that name none
     * @param createOnly leave figures that exist alone (seed data must never undo an editor's correction)
     */
    public record Options(ImportFormat format, String source, boolean dryRun, boolean createOnly, FileDefaults defaults) {

        public Options(ImportFormat format, String source, boolean dryRun, boolean createOnly) {
            this(format, source, dryRun, createOnly, null);
        }
    }

    /**
     * What an HXL file leaves unsaid, given once for all its rows (issue 11): the place of rows without a code (a needs
     * overview's national rows), the kind of value columns whose hashtag does not say, and the as-of date of a file
     * without a date column. Null: nothing given.
     */
    public record FileDefaults(String location, Kind kind, java.time.LocalDate periodEnd, Map<String, String> columns) {

        public FileDefaults(String location, Kind kind, java.time.LocalDate periodEnd) {
            this(location, kind, periodEnd, Map.of());
        }

        public FileDefaults {
            columns = columns == null ? Map.of() : Map.copyOf(columns);
        }
    }

    /** One import's collaborators; each keeps its own state, read by one thread at a time. */
    private record Steps(KnownCodes codes, RowCheck check, DocumentResolution documents, FigureMatcher matcher,
                         ImportErrors errors, Options options, UUID keyId) {
    }

    /** An import in a transaction of its own, which may take hours. */
    @Transactional
    @TransactionConfiguration(timeout = 6 * 3600)
    public ImportResult run(InputStream body, Options options) {
        return runInTransaction(body, options);
    }

    /** An import as part of the caller's transaction (the seed loads under a lock that this transaction holds). */
    @Transactional(Transactional.TxType.MANDATORY)
    public ImportResult runInTransaction(InputStream body, Options options) {
        if (!running.tryAcquire()) {
            throw ProblemException.unavailable("Too many imports are running at once; try again in a minute.", 60);
        }
        try {
            return runAlone(body, options);
        } finally {
            running.release();
        }
    }

    private ImportResult runAlone(InputStream body, Options options) {
        KnownCodes codes = KnownCodes.load(em);
        if (options.source() != null && !codes.hasSource(options.source())) {
            throw ProblemException.invalidParameter("source", "unknown source '" + options.source()
                    + "'; add it first with POST /api/v1/sources");
        }
        BufferedReader text = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1 << 16);
        RowReader rows = switch (options.format()) {
            case CSV -> CsvRows.csv(text, options.source(), options.defaults());
            case HXL -> CsvRows.hxl(text, options.source(), codes.metricTags, options.defaults());
            case NDJSON -> new NdjsonRows(text, json, options.source());
        };
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        UUID keyId = caller.keyId();
        ImportErrors errors = new ImportErrors();
        Steps steps = new Steps(codes, new RowCheck(codes, validator, now, errors), new DocumentResolution(errors),
                new FigureMatcher(options.createOnly(), now, keyId, errors, options.dryRun()), errors, options, keyId);
        BatchWriter writer = new BatchWriter(em, dialect, changeLog, now, keyId);
        try {
            ImportPipeline.<BatchWriter.Batch>run(readers, emit -> read(rows, steps, emit), batch -> {
                if (!errors.any()) {
                    writer.write(batch);
                }
            });
        } catch (RejectedExecutionException e) {
            throw ProblemException.unavailable("Too many imports are running at once; try again in a minute.", 60);
        }
        errors.throwIfAny();
        FigureMatcher m = steps.matcher();
        if (m.created + m.updated + m.unchanged == 0) {
            throw ProblemException.badRequest("The file holds no figures.");
        }
        return new ImportResult(options.dryRun(), m.created, m.updated, m.unchanged, List.of(),
                options.dryRun() ? m.listed() : null);
    }

    /** The reading side: rows in, prepared batches out. */
    private void read(RowReader rows, Steps steps, Consumer<BatchWriter.Batch> emit) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            StoredLookups lookups = new StoredLookups(connection, dialect);
            List<CheckedRow> batch = new ArrayList<>(BATCH);
            for (ImportRow row = rows.next(); row != null; row = rows.next()) {
                CheckedRow checked = steps.check().check(row);
                if (checked != null) {
                    batch.add(checked);
                    if (batch.size() == BATCH) {
                        emit.accept(prepare(batch, lookups, steps));
                        batch = new ArrayList<>(BATCH);
                    }
                }
            }
            emit.accept(prepare(batch, lookups, steps));
        }
    }

    /**
     * Settles the batch's documents, matches its rows to stored figures and renders their change-log entries. Nothing is
     * prepared for writing once the file has a bad row, or on a dry run.
     */
    private BatchWriter.Batch prepare(List<CheckedRow> batch, StoredLookups lookups, Steps steps) throws Exception {
        if (batch.isEmpty()) {
            return BatchWriter.Batch.NOTHING;
        }
        List<CheckedRow> settled = steps.documents().settle(batch, lookups);
        List<DocumentResolution.NewDocument> documents = steps.documents().takeNew();
        if (steps.errors().any()) {
            return BatchWriter.Batch.NOTHING;
        }
        List<FigureMatcher.Change> changes = steps.matcher().match(settled, lookups);
        if (steps.errors().any() || steps.options().dryRun()) {
            return BatchWriter.Batch.NOTHING;
        }
        List<Object[]> inserts = new ArrayList<>();
        List<FigureMatcher.Change> updates = new ArrayList<>();
        List<ChangeLog.Rendered> log = new ArrayList<>(changes.size());
        for (FigureMatcher.Change c : changes) {
            if (c.type() == ChangeType.CREATED) {
                inserts.add(FigureTable.insertRow(c.id(), c.fields(), c.createdAt(), c.updatedAt(),
                        c.version(), steps.keyId()));
            } else {
                updates.add(c);
            }
            FigureView view = FigureView.of(c.id(), c.fields(),
                    steps.codes().names(c.fields(), steps.documents().citation(c.fields().documentId())),
                    new FigureView.Stamps(c.createdAt(), c.updatedAt(), c.version(), c.createdBy(), steps.keyId()));
            log.add(changeLog.render(new ChangeLog.Entry(c.type(), c.id(), view, steps.keyId())));
        }
        return new BatchWriter.Batch(documents, inserts, updates, log);
    }
}
