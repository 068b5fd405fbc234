package org.humstats.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.hibernate.Session;
import org.humstats.common.Ids;
import org.humstats.common.ImportRejected;
import org.humstats.common.ImportRejected.RowError;
import org.humstats.common.Params;
import org.humstats.common.PgCopy;
import org.humstats.common.Problem.FieldError;
import org.humstats.common.ProblemException;
import org.humstats.common.WireNamed;
import org.humstats.feed.ChangeLog;
import org.humstats.feed.ChangeType;
import org.humstats.document.DocumentInput;
import org.humstats.figure.DatePrecision;
import org.humstats.figure.FigureInput;
import org.humstats.figure.FigureRules;
import org.humstats.figure.FigureStatus;
import org.humstats.figure.FigureView;
import org.humstats.figure.Kind;
import org.humstats.figure.Qualifier;
import org.humstats.security.Caller;
import org.humstats.source.Source;
import org.humstats.source.SourceType;

/**
 * The bulk path for figures: reads a file row by row, checks every row as the API would (FigureRules, field sizes, the
 * metric, location, source and document it names), and writes batches of rows (COPY on PostgreSQL, JDBC batch
 * statements elsewhere), each created or changed figure with its change-log entry, all in one transaction. Reading,
 * checking and sorting run on a second thread, one batch ahead of the writing.
 *
 * <p>All or nothing without holding the file in memory: rows are written while the file is good; the first bad row stops
 * the writing but not the reading, so the answer lists every bad row, and the transaction is rolled back. A row with an
 * id matches the stored figure of that id; a row without one matches on (metric, kind, location, period, source). A row
 * equal to its stored figure is left alone, so importing the same file twice changes nothing.
 */
@ApplicationScoped
public class FigureImport {

    /** Rows per database round trip: large enough for batch statements to pay, small enough to keep memory flat. */
    static final int BATCH = 1000;

    private static final String COLUMNS = "id, metric, kind, best_value, low_value, high_value, qualifier, period_start, "
            + "period_end, date_precision, location_code, source_id, document_id, attributed_to, subject, quote, notes, status, "
            + "status_reason, created_at, version, created_by";
    private static final String INSERT_COLUMNS = "id, metric, kind, best_value, low_value, high_value, qualifier, "
            + "period_start, period_end, date_precision, location_code, source_id, document_id, attributed_to, subject, quote, "
            + "notes, status, status_reason, created_at, updated_at, version, created_by, updated_by";
    private static final String INSERT = "insert into figure (" + INSERT_COLUMNS + ") "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_DOCUMENT = "insert into document (id, title, publisher, url, published_on, created_at, "
            + "updated_at, version) values (?, ?, ?, ?, ?, ?, ?, 0)";
    private static final String UPDATE = "update figure set metric = ?, kind = ?, best_value = ?, low_value = ?, high_value = ?, "
            + "qualifier = ?, period_start = ?, period_end = ?, date_precision = ?, location_code = ?, source_id = ?, "
            + "document_id = ?, attributed_to = ?, subject = ?, quote = ?, notes = ?, status = ?, status_reason = ?, "
            + "updated_at = ?, updated_by = ?, version = version + 1 where id = ?";

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Inject
    ChangeLog changeLog;

    @Inject
    Caller caller;

    /**
     * @param source     the source of rows that name none
     * @param createOnly leave figures that exist alone (seed data must never undo an editor's correction)
     */
    public record Options(ImportFormat format, String source, boolean dryRun, boolean createOnly) {
    }

    /** What a figure says, with the defaults applied: two figures with equal fields are the same figure. */
    private record Fields(String metric, Kind kind, long value, Long low, Long high, Qualifier qualifier, LocalDate periodStart,
                          LocalDate periodEnd, DatePrecision datePrecision, String locationCode, String source, UUID documentId,
                          String attributedTo, String subject, String quote, String notes, FigureStatus status,
                          String statusReason) {

        static Fields of(FigureInput in) {
            return new Fields(in.metric(), in.kind(), in.value(), in.low(), in.high(),
                    in.qualifier() == null ? Qualifier.EXACT : in.qualifier(), in.periodStart(), in.periodEnd(),
                    in.datePrecision() == null ? DatePrecision.DAY : in.datePrecision(), in.locationCode(), in.source(),
                    in.documentId(), in.attributedTo(), in.subject(), in.quote(), in.notes(),
                    in.status() == null ? FigureStatus.REPORTED : in.status(), in.statusReason());
        }

        Fields withDocument(UUID document) {
            return new Fields(metric, kind, value, low, high, qualifier, periodStart, periodEnd, datePrecision, locationCode, source,
                    document, attributedTo, subject, quote, notes, status, statusReason);
        }

        String naturalKey() {
            return metric + '\u001f' + kind.wire() + '\u001f' + locationCode + '\u001f' + periodStart + '\u001f' + periodEnd
                    + '\u001f' + source;
        }
    }

    private record Stored(UUID id, Fields fields, Instant createdAt, int version, UUID createdBy) {
    }

    private record Pending(ImportRow row, Fields fields) {
        Pending withDocument(UUID document) {
            return new Pending(row, fields.withDocument(document));
        }
    }

    /** A figure to insert or update, with its history. */
    private record FigureRow(UUID id, Fields fields, Instant createdAt, Instant updatedAt, int version) {
    }

    /**
     * A checked batch, sorted and ready to write: the documents and figures to insert (as COPY rows on PostgreSQL), the
     * figures to update, and the change-log entries with their JSON.
     */
    private record Prepared(List<NewDocument> documents, List<FigureRow> inserts, PgCopy copy, List<FigureRow> updates,
                            List<ChangeLog.Rendered> log) {
        static Prepared nothing() {
            return new Prepared(List.of(), List.of(), null, List.of(), List.of());
        }
    }

    /** A document this import creates, from a row's citation. */
    private record NewDocument(UUID id, String title, String publisher, String url, LocalDate publishedOn) {
    }

    private record Place(String name, String countryCode) {
    }

    @Transactional
    @TransactionConfiguration(timeout = 6 * 3600)
    public ImportResult run(InputStream body, Options options) {
        Run run = new Run(options);
        if (options.source() != null && !run.sources.containsKey(options.source())) {
            throw ProblemException.invalidParameter("source", "unknown source '" + options.source()
                    + "'; add it first with POST /api/v1/sources");
        }
        BufferedReader text = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1 << 16);
        RowReader rows = switch (options.format()) {
            case CSV -> CsvRows.csv(text, options.source());
            case HXL -> CsvRows.hxl(text, options.source(), run.metricTags);
            case NDJSON -> new NdjsonRows(text, json, options.source());
        };
        run.readAndWrite(rows);
        if (run.errorCount > 0) {
            run.errors.sort(Comparator.comparingLong(RowError::row));
            throw new ImportRejected(run.errors, run.errorCount);
        }
        if (run.created + run.updated == 0 && run.unchanged == 0) {
            throw ProblemException.badRequest("The file holds no figures.");
        }
        return new ImportResult(options.dryRun(), run.created, run.updated, run.unchanged, List.of());
    }

    /** One import: the codes it may name (loaded once), the rows waiting to be written, and the counts. */
    private final class Run {
        final Options options;
        final Map<String, Hashtag> metricTags = new HashMap<>();
        final Map<String, Source> sources = new HashMap<>();
        final Map<String, Place> places = new HashMap<>();
        final Map<UUID, FigureView.Citation> documents = new HashMap<>();
        /** Documents this import creates that the next batch to write must insert before its figures. */
        final List<NewDocument> unwrittenDocuments = new ArrayList<>();
        /** PostgreSQL: new figures go in with COPY. */
        final boolean usesCopy;
        /** Documents without an id in the file, by their citation: found in the database or created once. */
        final Map<List<Object>, UUID> documentsByCitation = new HashMap<>();
        final KeyIndex seen = new KeyIndex();
        final List<Pending> pending = new ArrayList<>(BATCH);
        final List<RowError> errors = new ArrayList<>();
        final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        final UUID keyId = caller.keyId();
        volatile int errorCount;
        int created;
        int updated;
        int unchanged;

        Run(Options options) {
            this.options = options;
            for (Object[] m : rows("select code, hxl from metric")) {
                metricTags.put((String) m[0], Hashtag.parse((String) m[1]));
            }
            for (Source s : em.createQuery("select s from Source s", Source.class).getResultList()) {
                sources.put(s.id, s);
            }
            for (Object[] l : rows("select code, name, country_code from location")) {
                places.put((String) l[0], new Place((String) l[1], (String) l[2]));
            }
            usesCopy = em.unwrap(Session.class).doReturningWork(PgCopy::supported);
        }

        @SuppressWarnings("unchecked")
        private List<Object[]> rows(String sql) {
            return em.createNativeQuery(sql).getResultList();
        }

        /** Called by the reading thread and the writing one; the count tells the writer to stop writing. */
        synchronized void error(long row, String column, String message) {
            errorCount++;
            if (errors.size() < ImportRejected.MAX_REPORTED * 2) {
                errors.add(new RowError(row, column, message));
            }
        }

        /**
         * Reads, checks and prepares rows on a thread of its own while this thread writes: parsing, checking, looking up
         * the stored figures and rendering the change log of one batch overlap with the database writing the previous one.
         * The reading thread looks up with a connection of its own, outside the import's transaction; it cannot miss a
         * figure of the same file, because two rows of one file never name the same figure (see {@link #check}).
         */
        void readAndWrite(RowReader rows) {
            BlockingQueue<Prepared> ready = new ArrayBlockingQueue<>(3);
            Prepared end = Prepared.nothing(); // compared by identity: the last item the reading thread hands over
            RuntimeException[] failure = new RuntimeException[1];
            Thread reader = new Thread(() -> {
                try {
                    try (Connection read = dataSource.getConnection()) {
                        for (ImportRow row = rows.next(); row != null; row = rows.next()) {
                            Pending p = check(row);
                            if (p != null) {
                                pending.add(p);
                                if (pending.size() == BATCH) {
                                    ready.put(prepare(read));
                                }
                            }
                        }
                        ready.put(prepare(read));
                    } catch (RuntimeException e) {
                        failure[0] = e;
                    } catch (SQLException e) {
                        failure[0] = new IllegalStateException("reading stored figures failed", e);
                    }
                    ready.put(end);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "figure-import-reader");
            reader.setDaemon(true);
            reader.start();
            try {
                for (Prepared batch = take(ready); batch != end; batch = take(ready)) {
                    if (errorCount == 0) {
                        apply(batch);
                    }
                }
            } finally {
                reader.interrupt();
                try {
                    reader.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (failure[0] != null) {
                throw failure[0];
            }
        }

        private static Prepared take(BlockingQueue<Prepared> queue) {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the import was interrupted", e);
            }
        }

        /** The checks of one row on its own: the figure to write, or null when the row is bad (its errors recorded). */
        Pending check(ImportRow r) {
            boolean bad = !r.errors().isEmpty();
            Set<String> badColumns = new HashSet<>();
            for (RowError e : r.errors()) {
                error(e.row(), e.column(), e.message());
                badColumns.add(e.column());
            }
            FigureInput in = r.input();
            if (in == null) {
                return null;
            }
            List<FieldError> problems = new ArrayList<>(FigureRules.check(in, true));
            for (ConstraintViolation<FigureInput> v : validator.validate(in)) {
                problems.add(new FieldError(snakeCase(v.getPropertyPath().toString()), v.getMessage()));
            }
            if (in.document() != null) {
                checkDocument(in, problems);
            }
            checkHistory(r.history(), problems);
            if (in.metric() != null && !metricTags.containsKey(in.metric())) {
                problems.add(new FieldError("metric", "unknown metric '" + in.metric() + "'; see GET /api/v1/metrics"));
            }
            if (in.locationCode() != null && !places.containsKey(in.locationCode())) {
                problems.add(new FieldError("location_code", "unknown location '" + in.locationCode()
                        + "'; find it with GET /api/v1/locations?q=name or add it first"));
            }
            if (in.source() != null && !sources.containsKey(in.source())) {
                problems.add(new FieldError("source", "unknown source '" + in.source() + "'; add it first with POST /api/v1/sources"));
            }
            for (FieldError p : problems) {
                String column = column(r, p.field());
                if (!badColumns.contains(column)) {
                    error(r.row(), column, p.message());
                    bad = true;
                }
            }
            if (bad) {
                return null;
            }
            Fields fields = Fields.of(in);
            if (in.id() != null) {
                // A later row without an id must not match this figure: the lookups do not see this import's writes.
                seen.putIfAbsent(fields.naturalKey(), r.row());
                long first = seen.putIfAbsent("id\u001f" + in.id(), r.row());
                if (first != 0) {
                    error(r.row(), r.column("id"), "the id " + in.id() + " is also on row " + first);
                    return null;
                }
            } else {
                long first = seen.putIfAbsent(fields.naturalKey(), r.row());
                if (first != 0) {
                    error(r.row(), null, "the same metric, kind, location, period and source as row " + first
                            + ": one of them is a duplicate (or give each its own id, or this row the id of that one)");
                    return null;
                }
            }
            return new Pending(r, fields);
        }

        private void checkDocument(FigureInput in, List<FieldError> problems) {
            UUID inner = in.document().id();
            if (in.documentId() != null && inner != null && !inner.equals(in.documentId())) {
                problems.add(new FieldError("document_id", "is " + in.documentId() + " but the document's id is " + inner));
            }
            String publisher = in.document().publisher();
            if (publisher != null && !sources.containsKey(publisher)) {
                problems.add(new FieldError("document.publisher", "unknown source '" + publisher + "'"));
            }
        }

        private void checkHistory(ImportRow.History h, List<FieldError> problems) {
            if (h.createdAt() != null && h.createdAt().isAfter(now)) {
                problems.add(new FieldError("created_at", "is " + h.createdAt() + ", in the future"));
            }
            if (h.updatedAt() != null && h.updatedAt().isAfter(now)) {
                problems.add(new FieldError("updated_at", "is " + h.updatedAt() + ", in the future"));
            }
            if (h.createdAt() != null && h.updatedAt() != null && h.updatedAt().isBefore(h.createdAt())) {
                problems.add(new FieldError("updated_at", "is " + h.updatedAt() + ", before created_at " + h.createdAt()));
            }
        }

        /** The file's name for a field; a field of the embedded document is a citation column of a CSV file. */
        private String column(ImportRow r, String field) {
            if (field.startsWith("document.")) {
                String csvName = "document_" + field.substring("document.".length());
                return r.columns().containsKey(csvName) ? r.column(csvName) : r.columns().isEmpty() ? field : csvName;
            }
            return r.column(field);
        }

        /**
         * Settles the document of each row of a batch: the stored one it names, or one this import creates from the row's
         * citation (under the id the row gives, or, without one, the stored document with the same citation if there is
         * one). A row naming an unknown document without its citation, or a known one with a different citation, is bad.
         */
        private void settleDocuments(Connection c) throws SQLException {
            loadDocuments(c);
            for (int i = 0; i < pending.size(); i++) {
                Pending p = pending.get(i);
                FigureInput in = p.row().input();
                DocumentInput doc = in.document();
                UUID id = documentIdOf(in);
                if (doc == null) {
                    if (id != null && !documents.containsKey(id)) {
                        error(p.row().row(), p.row().column("document_id"), "unknown document '" + id + "'; add it with POST "
                                + "/api/v1/documents, or give its citation (document_title, document_url, document_published_on) "
                                + "to create it with the figure");
                    }
                    continue;
                }
                NewDocument wanted = new NewDocument(id, doc.title().trim(), doc.publisher(), doc.url(), doc.publishedOn());
                if (id == null) {
                    pending.set(i, p.withDocument(byCitation(c, wanted)));
                    continue;
                }
                FigureView.Citation known = documents.get(id);
                if (known == null) {
                    create(wanted);
                } else if (!known.title().equals(wanted.title()) || !Objects.equals(known.url(), wanted.url())
                        || !Objects.equals(known.publishedOn(), wanted.publishedOn())
                        || wanted.publisher() != null && !wanted.publisher().equals(known.publisher())) {
                    error(p.row().row(), column(p.row(), "document.title"), "the document " + id + " is stored as '" + known.title()
                            + "' (" + known.url() + ", " + known.publishedOn() + "); change it with PUT /api/v1/documents/" + id
                            + ", or give its id without a different citation");
                    continue;
                }
                pending.set(i, p.withDocument(id));
            }
        }

        /** The stored or new document with this citation: the same report cited on many rows is one document. */
        private UUID byCitation(Connection c, NewDocument wanted) throws SQLException {
            List<Object> key = java.util.Arrays.asList(wanted.title(), wanted.publisher(), wanted.url(), wanted.publishedOn());
            UUID id = documentsByCitation.get(key);
            if (id == null) {
                try (PreparedStatement q = c.prepareStatement("select id from document where title = ? and publisher is not "
                        + "distinct from ? and url is not distinct from ? and published_on is not distinct from ? order by "
                        + "created_at, id")) {
                    q.setString(1, wanted.title());
                    q.setString(2, wanted.publisher());
                    q.setString(3, wanted.url());
                    q.setObject(4, wanted.publishedOn(), java.sql.Types.DATE);
                    try (ResultSet rs = q.executeQuery()) {
                        id = rs.next() ? rs.getObject(1, UUID.class) : null;
                    }
                }
                if (id == null) {
                    id = Ids.newId();
                    create(new NewDocument(id, wanted.title(), wanted.publisher(), wanted.url(), wanted.publishedOn()));
                } else {
                    loadDocuments(c, Set.of(id));
                }
                documentsByCitation.put(key, id);
            }
            return id;
        }

        private void create(NewDocument d) {
            unwrittenDocuments.add(d);
            documents.put(d.id(), new FigureView.Citation(d.title(), d.publisher(), d.url(), d.publishedOn()));
        }

        private void writeDocuments(Connection c, List<NewDocument> documents) throws SQLException {
            if (documents.isEmpty()) {
                return;
            }
            try (PreparedStatement insert = c.prepareStatement(INSERT_DOCUMENT)) {
                OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
                for (NewDocument d : documents) {
                    insert.setObject(1, d.id());
                    insert.setString(2, d.title());
                    insert.setString(3, d.publisher());
                    insert.setString(4, d.url());
                    insert.setObject(5, d.publishedOn(), java.sql.Types.DATE);
                    insert.setObject(6, at);
                    insert.setObject(7, at);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }

        /**
         * On the reading thread: settles the documents of the batch, looks up the stored figures its rows match and sorts
         * the rows into creates, updates and unchanged, with their change-log entries rendered. Nothing is prepared for
         * writing once the file has a bad row, or on a dry run.
         */
        private Prepared prepare(Connection c) throws SQLException {
            List<FigureRow> inserts = new ArrayList<>();
            List<FigureRow> updates = new ArrayList<>();
            List<ChangeLog.Rendered> log = new ArrayList<>();
            PgCopy copy = null;
            if (!pending.isEmpty()) {
                settleDocuments(c);
                if (errorCount == 0) {
                    sort(c, inserts, updates, log);
                }
                if (usesCopy && !inserts.isEmpty()) {
                    copy = new PgCopy("figure (" + INSERT_COLUMNS + ")");
                    for (FigureRow in : inserts) {
                        copyInsert(copy, in);
                    }
                }
            }
            List<NewDocument> documents = List.copyOf(unwrittenDocuments);
            unwrittenDocuments.clear();
            pending.clear();
            if (errorCount > 0 || options.dryRun()) {
                return Prepared.nothing();
            }
            return new Prepared(documents, inserts, copy, updates, log);
        }

        /** On the request thread, in the import's transaction: writes a prepared batch and logs its changes. */
        private void apply(Prepared batch) {
            em.unwrap(Session.class).doWork(c -> {
                writeDocuments(c, batch.documents());
                if (batch.copy() != null) {
                    batch.copy().send(c);
                } else if (!batch.inserts().isEmpty()) {
                    try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                        for (FigureRow in : batch.inserts()) {
                            bindInsert(insert, in);
                            insert.addBatch();
                        }
                        insert.executeBatch();
                    }
                }
                if (!batch.updates().isEmpty()) {
                    try (PreparedStatement update = c.prepareStatement(UPDATE)) {
                        for (FigureRow u : batch.updates()) {
                            bindUpdate(update, u.id(), u.fields());
                            update.addBatch();
                        }
                        update.executeBatch();
                    }
                }
            });
            changeLog.recordRendered(batch.log());
        }

        private void loadDocuments(Connection c) throws SQLException {
            Set<UUID> missing = new HashSet<>();
            for (Pending p : pending) {
                FigureInput in = p.row().input();
                UUID doc = documentIdOf(in);
                if (doc != null && !documents.containsKey(doc)) {
                    missing.add(doc);
                }
            }
            loadDocuments(c, missing);
        }

        private void loadDocuments(Connection c, Set<UUID> missing) throws SQLException {
            if (missing.isEmpty()) {
                return;
            }
            List<UUID> ids = List.copyOf(missing);
            try (PreparedStatement q = c.prepareStatement("select id, title, publisher, url, published_on from document where id in ("
                    + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ")")) {
                for (int i = 0; i < ids.size(); i++) {
                    q.setObject(i + 1, ids.get(i));
                }
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        documents.put(rs.getObject(1, UUID.class), new FigureView.Citation(rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getObject(5, LocalDate.class)));
                    }
                }
            }
        }

        /** Sorts the batch into creates, updates and unchanged against the stored figures its rows match. */
        private void sort(Connection c, List<FigureRow> inserts, List<FigureRow> updates, List<ChangeLog.Rendered> log)
                throws SQLException {
            Map<UUID, Stored> byId = storedById(c);
            Map<String, List<Stored>> byKey = storedByKey(c);
            for (Pending p : pending) {
                Fields f = p.fields();
                UUID id = p.row().input().id();
                Stored match = id != null ? byId.get(id) : null;
                if (id == null) {
                    List<Stored> candidates = byKey.getOrDefault(f.naturalKey(), List.of());
                    if (candidates.stream().anyMatch(s -> s.fields().equals(f))) {
                        unchanged++;
                        continue;
                    }
                    List<Stored> live = candidates.stream().filter(s -> s.fields().status() != FigureStatus.RETRACTED).toList();
                    if (live.size() > 1) {
                        error(p.row().row(), null, "matches " + live.size() + " stored figures ("
                                + String.join(", ", live.stream().map(s -> s.id().toString()).toList())
                                + "); give the id of the one to change");
                        return;
                    }
                    match = live.isEmpty() ? null : live.get(0);
                }
                if (match == null) {
                    UUID newId = id != null ? id : Ids.newId();
                    created++;
                    ImportRow.History h = p.row().history();
                    Instant createdAt = h.createdAt() != null ? h.createdAt() : now;
                    Instant updatedAt = h.updatedAt() != null ? h.updatedAt() : h.createdAt() != null ? createdAt : now;
                    int version = h.version() != null ? h.version() : 0;
                    if (!options.dryRun()) {
                        inserts.add(new FigureRow(newId, f, createdAt, updatedAt, version));
                        log.add(changeLog.render(new ChangeLog.Entry(ChangeType.CREATED,
                                view(newId, f, createdAt, updatedAt, version, keyId), keyId)));
                    }
                } else if (options.createOnly() || match.fields().equals(f)) {
                    unchanged++;
                } else if (match.fields().status() == FigureStatus.RETRACTED) {
                    error(p.row().row(), p.row().column("id"), "the figure " + match.id() + " is retracted and is kept as it "
                            + "was; enter the corrected figure without this id");
                    return;
                } else {
                    updated++;
                    if (!options.dryRun()) {
                        updates.add(new FigureRow(match.id(), f, match.createdAt(), now, match.version() + 1));
                        ChangeType change = f.status() == FigureStatus.RETRACTED ? ChangeType.RETRACTED : ChangeType.UPDATED;
                        log.add(changeLog.render(new ChangeLog.Entry(change,
                                view(match.id(), f, match.createdAt(), now, match.version() + 1, match.createdBy()), keyId)));
                    }
                }
            }
        }

        private Map<UUID, Stored> storedById(Connection c) throws SQLException {
            List<UUID> ids = pending.stream().map(p -> p.row().input().id()).filter(Objects::nonNull).toList();
            Map<UUID, Stored> found = new HashMap<>();
            if (ids.isEmpty()) {
                return found;
            }
            try (PreparedStatement q = c.prepareStatement("select " + COLUMNS + " from figure where id in ("
                    + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ")")) {
                for (int i = 0; i < ids.size(); i++) {
                    q.setObject(i + 1, ids.get(i));
                }
                readStored(q, s -> found.put(s.id(), s));
            }
            return found;
        }

        /** The stored figures that could match the rows without an id: same metric, kind, location and end date (an index prefix). */
        private Map<String, List<Stored>> storedByKey(Connection c) throws SQLException {
            List<Fields> keys = pending.stream().filter(p -> p.row().input().id() == null).map(Pending::fields).toList();
            Map<String, List<Stored>> found = new HashMap<>();
            if (keys.isEmpty()) {
                return found;
            }
            boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            // PostgreSQL plans a list of 1000 row values slowly (an OR of 1000 index conditions); joining three arrays
            // is one index nested loop. H2 has no such arrays, and its lists are small in practice.
            String sql = postgres
                    ? "select " + COLUMNS.replaceAll("(^|, )", "$1f.") + " from figure f join unnest(?::varchar[], ?::varchar[], "
                    + "?::varchar[], ?::date[]) as k(metric, kind, location_code, period_end) on f.metric = k.metric "
                    + "and f.kind = k.kind and f.location_code = k.location_code and f.period_end = k.period_end"
                    : "select " + COLUMNS + " from figure where (metric, kind, location_code, period_end) in ("
                    + String.join(", ", java.util.Collections.nCopies(keys.size(), "(?, ?, ?, ?)")) + ")";
            try (PreparedStatement q = c.prepareStatement(sql)) {
                if (postgres) {
                    Set<String> distinct = new HashSet<>();
                    List<Fields> unique = keys.stream().filter(k -> distinct.add(k.metric() + '\u001f' + k.kind() + '\u001f'
                            + k.locationCode() + '\u001f' + k.periodEnd())).toList();
                    q.setArray(1, c.createArrayOf("varchar", unique.stream().map(Fields::metric).toArray()));
                    q.setArray(2, c.createArrayOf("varchar", unique.stream().map(k -> k.kind().wire()).toArray()));
                    q.setArray(3, c.createArrayOf("varchar", unique.stream().map(Fields::locationCode).toArray()));
                    q.setArray(4, c.createArrayOf("date", unique.stream().map(k -> java.sql.Date.valueOf(k.periodEnd())).toArray()));
                } else {
                    int i = 1;
                    for (Fields k : keys) {
                        q.setString(i++, k.metric());
                        q.setString(i++, k.kind().wire());
                        q.setString(i++, k.locationCode());
                        q.setObject(i++, k.periodEnd());
                    }
                }
                readStored(q, s -> found.computeIfAbsent(s.fields().naturalKey(), x -> new ArrayList<>()).add(s));
            }
            return found;
        }

        private void readStored(PreparedStatement q, java.util.function.Consumer<Stored> sink) throws SQLException {
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    Fields f = new Fields(rs.getString(2), wire(Kind.class, rs.getString(3)), rs.getLong(4), longOrNull(rs, 5),
                            longOrNull(rs, 6), wire(Qualifier.class, rs.getString(7)), rs.getObject(8, LocalDate.class),
                            rs.getObject(9, LocalDate.class), wire(DatePrecision.class, rs.getString(10)), rs.getString(11),
                            rs.getString(12), rs.getObject(13, UUID.class), rs.getString(14), rs.getString(15), rs.getString(16),
                            rs.getString(17), wire(FigureStatus.class, rs.getString(18)), rs.getString(19));
                    sink.accept(new Stored(rs.getObject(1, UUID.class), f, rs.getObject(20, OffsetDateTime.class).toInstant(),
                            rs.getInt(21), rs.getObject(22, UUID.class)));
                }
            }
        }

        private void bindInsert(PreparedStatement s, FigureRow in) throws SQLException {
            s.setObject(1, in.id());
            bindFields(s, 2, in.fields());
            s.setObject(20, OffsetDateTime.ofInstant(in.createdAt(), ZoneOffset.UTC));
            s.setObject(21, OffsetDateTime.ofInstant(in.updatedAt(), ZoneOffset.UTC));
            s.setInt(22, in.version());
            s.setObject(23, keyId);
            s.setObject(24, keyId);
        }

        private void bindUpdate(PreparedStatement s, UUID id, Fields f) throws SQLException {
            bindFields(s, 1, f);
            s.setObject(19, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            s.setObject(20, keyId);
            s.setObject(21, id);
        }

        /** The row of {@link #INSERT} for COPY, in the same column order. */
        private void copyInsert(PgCopy copy, FigureRow in) {
            Fields f = in.fields();
            copy.plain(in.id()).text(f.metric()).text(f.kind().wire()).plain(f.value()).plain(f.low()).plain(f.high())
                    .text(f.qualifier().wire()).plain(f.periodStart()).plain(f.periodEnd()).text(f.datePrecision().wire())
                    .text(f.locationCode()).text(f.source()).plain(f.documentId()).text(f.attributedTo()).text(f.subject())
                    .text(f.quote()).text(f.notes()).text(f.status().wire()).text(f.statusReason()).plain(in.createdAt())
                    .plain(in.updatedAt()).plain(in.version()).plain(keyId).plain(keyId).endRow();
        }

        /** The 18 fields a client sets, from parameter {@code i} on. */
        private void bindFields(PreparedStatement s, int i, Fields f) throws SQLException {
            s.setString(i++, f.metric());
            s.setString(i++, f.kind().wire());
            s.setLong(i++, f.value());
            s.setObject(i++, f.low(), java.sql.Types.BIGINT);
            s.setObject(i++, f.high(), java.sql.Types.BIGINT);
            s.setString(i++, f.qualifier().wire());
            s.setObject(i++, f.periodStart(), java.sql.Types.DATE);
            s.setObject(i++, f.periodEnd(), java.sql.Types.DATE);
            s.setString(i++, f.datePrecision().wire());
            s.setString(i++, f.locationCode());
            s.setString(i++, f.source());
            s.setObject(i++, f.documentId());
            s.setString(i++, f.attributedTo());
            s.setString(i++, f.subject());
            s.setString(i++, f.quote());
            s.setString(i++, f.notes());
            s.setString(i++, f.status().wire());
            s.setString(i, f.statusReason());
        }

        private FigureView view(UUID id, Fields f, Instant createdAt, Instant updatedAt, int version, UUID createdBy) {
            Place place = places.get(f.locationCode());
            Source source = sources.get(f.source());
            SourceType type = source == null ? null : source.type;
            return new FigureView(id, f.metric(), f.kind(), f.value(), f.low(), f.high(), f.qualifier(), f.periodStart(),
                    f.periodEnd(), f.datePrecision(), f.locationCode(), place.name(), place.countryCode(), f.source(),
                    source == null ? null : source.name, type, f.documentId(),
                    f.documentId() == null ? null : documents.get(f.documentId()), f.attributedTo(), f.subject(), f.quote(),
                    f.notes(), f.status(), f.statusReason(), createdAt, updatedAt, version, createdBy, keyId);
        }
    }

    /** The document a row names: its document_id, or the id of its embedded document (null when neither has one). */
    private static UUID documentIdOf(FigureInput in) {
        return in.documentId() != null ? in.documentId() : in.document() == null ? null : in.document().id();
    }

    private static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static <E extends Enum<E> & WireNamed> E wire(Class<E> type, String text) {
        return WireNamed.find(type, text).orElseThrow(() -> new IllegalStateException("stored " + type.getSimpleName() + " '" + text + "'"));
    }

    private static String snakeCase(String property) {
        return property.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }
}
