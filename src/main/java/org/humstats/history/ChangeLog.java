package org.humstats.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import org.humstats.database.Dialect;

/**
 * Writes the change log: each change with a full snapshot of the entity after it. Must run inside the writing
 * transaction, as its last step: it takes the lock on change_clock, which is held until commit, so sequence numbers
 * follow commit order (see V2__change_log.sql).
 */
@ApplicationScoped
public class ChangeLog {

    private static final List<Dialect.Column> COLUMNS = List.of(new Dialect.Column("seq", Types.BIGINT),
            new Dialect.Column("figure_id", Types.OTHER), new Dialect.Column("change_type", Types.VARCHAR),
            new Dialect.Column("changed_at", Types.TIMESTAMP_WITH_TIMEZONE), new Dialect.Column("key_id", Types.OTHER),
            new Dialect.Column("figure_json", Types.VARCHAR));

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Dialect dialect;

    /**
     * One change of one entity.
     *
     * @param after the entity as it is after the change, as the API shows it
     * @param keyId the API key that made the change
     */
    public record Entry(ChangeType type, UUID entityId, Object after, UUID keyId) {
    }

    /** An entry with its snapshot already written as JSON (a bulk import does that on the thread that checks rows). */
    public record Rendered(ChangeType type, UUID entityId, UUID keyId, String json) {
    }

    public Rendered render(Entry e) {
        try {
            return new Rendered(e.type(), e.entityId(), e.keyId(), json.writeValueAsString(e.after()));
        } catch (JsonProcessingException x) {
            throw new IllegalStateException("entity " + e.entityId() + " cannot be written as JSON", x);
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
            OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
            List<Object[]> rows = new ArrayList<>(entries.size());
            for (Rendered e : entries) {
                rows.add(new Object[] {++seq, e.entityId(), e.type().wire(), at, e.keyId(), e.json()});
            }
            dialect.insert(connection, "figure_change", COLUMNS, rows);
        });
    }
}
