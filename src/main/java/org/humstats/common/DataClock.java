package org.humstats.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** When the data last changed, for Last-Modified; kept in change_clock so every instance of the service agrees. */
@ApplicationScoped
class DataClock {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Instant lastChange() {
        Object value = em.createNativeQuery("select changed_at from change_clock where id = 1").getSingleResult();
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return (Instant) value;
    }

    /** Called after a successful write of any kind (figure writes also move it through the change log). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void touch() {
        em.createNativeQuery("update change_clock set changed_at = ?1 where id = 1 and (changed_at is null or changed_at < ?1)")
                .setParameter(1, Timestamp.from(Instant.now())).executeUpdate();
    }
}
