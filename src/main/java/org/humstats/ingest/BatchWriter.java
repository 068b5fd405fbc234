package org.humstats.ingest;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.humstats.database.Dialect;
import org.humstats.figure.FigureTable;
import org.humstats.history.ChangeLog;

/** Writes prepared batches in the import's transaction: new documents first, then new and changed figures, then their log. */
final class BatchWriter {

    /** One batch, ready to write: nothing here needs another look at the database. */
    record Batch(List<DocumentResolution.NewDocument> documents, List<Object[]> inserts, List<FigureMatcher.Change> updates,
                 List<ChangeLog.Rendered> log) {
        static final Batch NOTHING = new Batch(List.of(), List.of(), List.of(), List.of());
    }

    private static final List<Dialect.Column> DOCUMENT_COLUMNS = List.of(new Dialect.Column("id", Types.OTHER),
            new Dialect.Column("title", Types.VARCHAR), new Dialect.Column("publisher", Types.VARCHAR),
            new Dialect.Column("url", Types.VARCHAR), new Dialect.Column("published_on", Types.DATE),
            new Dialect.Column("created_at", Types.TIMESTAMP_WITH_TIMEZONE),
            new Dialect.Column("updated_at", Types.TIMESTAMP_WITH_TIMEZONE), new Dialect.Column("version", Types.INTEGER));

    private final EntityManager em;
    private final Dialect dialect;
    private final ChangeLog changeLog;
    private final Instant now;
    private final UUID keyId;

    BatchWriter(EntityManager em, Dialect dialect, ChangeLog changeLog, Instant now, UUID keyId) {
        this.em = em;
        this.dialect = dialect;
        this.changeLog = changeLog;
        this.now = now;
        this.keyId = keyId;
    }

    void write(Batch batch) {
        em.unwrap(Session.class).doWork(c -> {
            OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
            dialect.insert(c, "document", DOCUMENT_COLUMNS, batch.documents().stream().map(d -> new Object[] {d.id(),
                    d.citation().title(), d.citation().publisher(), d.citation().url(), d.citation().publishedOn(), at, at, 0})
                    .toList());
            dialect.insert(c, "figure", FigureTable.INSERT_COLUMNS, batch.inserts());
            if (!batch.updates().isEmpty()) {
                try (PreparedStatement update = c.prepareStatement(FigureTable.UPDATE)) {
                    for (FigureMatcher.Change u : batch.updates()) {
                        FigureTable.bindUpdate(update, u.id(), u.fields(), now, keyId);
                        update.addBatch();
                    }
                    update.executeBatch();
                }
            }
        });
        changeLog.recordRendered(batch.log());
    }
}
