package org.humstats.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import org.humstats.common.PgCopy;
import org.humstats.figure.FigureView;

/**
 * Writes the change log. Must run inside the writing transaction, as its last step: it takes the lock on
 * change_clock, which is held until commit, so sequence numbers follow commit order (see V2__change_log.sql).
 */
@ApplicationScoped
public class ChangeLog {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** One change of one figure, as it is after the change. */
    public record Entry(ChangeType type, FigureView figure, UUID keyId) {
    }

    /** An entry with its figure already written as JSON (a bulk import does that on the thread that checks rows). */
    public record Rendered(ChangeType type, UUID figureId, UUID keyId, String json) {
    }

    public Rendered render(Entry e) {
        try {
            return new Rendered(e.type(), e.figure().id(), e.keyId(), json.writeValueAsString(e.figure()));
        } catch (JsonProcessingException x) {
            throw new IllegalStateException("figure " + e.figure().id() + " cannot be written as JSON", x);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(List<Entry> entries) {
        recordRendered(entries.stream().map(this::render).toList());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordRendered(List<Rendered> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            long last;
            // The update takes the row lock first; reading afterwards sees our own increment.
            try (PreparedStatement bump = connection.prepareStatement(
                    "update change_clock set last_seq = last_seq + ?, changed_at = ? where id = 1")) {
                bump.setLong(1, entries.size());
                bump.setTimestamp(2, Timestamp.from(now));
                bump.executeUpdate();
            }
            try (PreparedStatement read = connection.prepareStatement("select last_seq from change_clock where id = 1");
                 var rs = read.executeQuery()) {
                rs.next();
                last = rs.getLong(1);
            }
            long seq = last - entries.size();
            if (PgCopy.supported(connection)) {
                // A bulk import logs thousands of changes per batch: one COPY instead of as many inserts.
                PgCopy copy = new PgCopy("figure_change (seq, figure_id, change_type, changed_at, key_id, figure_json)");
                String at = now.toString();
                for (Rendered e : entries) {
                    copy.plain(++seq).plain(e.figureId()).text(e.type().wire()).plain(at).plain(e.keyId()).text(e.json()).endRow();
                }
                copy.send(connection);
                return;
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into figure_change "
                    + "(seq, figure_id, change_type, changed_at, key_id, figure_json) values (?, ?, ?, ?, ?, ?)")) {
                for (Rendered e : entries) {
                    insert.setLong(1, ++seq);
                    insert.setObject(2, e.figureId());
                    insert.setString(3, e.type().wire());
                    insert.setTimestamp(4, Timestamp.from(now));
                    insert.setObject(5, e.keyId());
                    insert.setString(6, e.json());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }
}
