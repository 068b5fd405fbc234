package org.humstats.history;

import com.fasterxml.jackson.annotation.JsonRawValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.humstats.common.Cursor;
import org.humstats.common.ProblemException;

/** Reads the change log in commit order, strictly after a cursor. */
@ApplicationScoped
class ChangeFeed {

    @Inject
    EntityManager em;

    /** One item of the feed; {@code figure} is the stored snapshot, sent as it was written. */
    public record Change(String cursor, ChangeType change, Instant changedAt, @JsonRawValue String figure) {
    }

    public record Result(List<Change> data, String nextCursor) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Result since(String cursor, int limit) {
        long after = cursor == null ? 0 : seqOf(cursor);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select seq, change_type, changed_at, figure_json from figure_change "
                        + "where seq > ?1 order by seq")
                .setParameter(1, after).setMaxResults(limit).getResultList();
        List<Change> data = new ArrayList<>(rows.size());
        long last = after;
        for (Object[] r : rows) {
            last = ((Number) r[0]).longValue();
            data.add(new Change(encode(last), ChangeType.valueOf(((String) r[1]).toUpperCase()), instant(r[2]), (String) r[3]));
        }
        // Always a cursor: with nothing new, the same position, so a partner can simply store it and poll again.
        return new Result(data, encode(last));
    }

    private static Instant instant(Object o) {
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return (Instant) o;
    }

    static String encode(long seq) {
        return Cursor.of("changes", Long.toString(seq)).encode();
    }

    static long seqOf(String cursor) {
        Cursor c = Cursor.decode(cursor, 2, "since");
        try {
            if (!c.get(0).equals("changes")) {
                throw new NumberFormatException();
            }
            return Long.parseLong(c.get(1));
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter("since", "not a cursor of this feed; use page.next_cursor as it is");
        }
    }
}
