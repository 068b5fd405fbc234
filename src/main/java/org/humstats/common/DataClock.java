package org.humstats.common;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * When the data last changed, for Last-Modified and for what is kept in memory ({@link Snapshot}). The truth is the
 * change clock's row (change_clock), which every write of every instance moves: this instance's own writes move it
 * through {@link #touch}, which also tells this instance at once; a background read every {@code
 * humstats.data-clock.poll-interval} (1 s by default) notices the writes of other instances. Requests read the value
 * kept here and never ask the database.
 *
 * <p>{@link #generation} counts the changes seen; a {@link Snapshot} made at an older generation is read again.
 */
@ApplicationScoped
public class DataClock {

    private static final Logger LOG = Logger.getLogger(DataClock.class);

    /** The clock's row as last read: the last change's time and the change log's last commit number. */
    private record Reading(Instant changedAt, long lastSeq) {
    }

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    @Inject
    HumStatsConfig config;

    private final AtomicLong generation = new AtomicLong();
    private volatile Reading last;
    private volatile Instant lastChange;
    private ScheduledExecutorService poller;

    void start(@Observes @Priority(30) StartupEvent event) {
        Duration every = config.dataClock().pollInterval();
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "humstats-data-clock");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(this::pollQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    /** The time of the last change this instance knows of; read from the database only the first time. */
    public Instant lastChange() {
        if (last == null) {
            poll();
        }
        return lastChange;
    }

    /** A number that grows whenever a change is noticed, here or (within the poll interval) on another instance. */
    public long generation() {
        return generation.get();
    }

    /** Called after a successful write of any kind (figure writes also move it through the change log). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void touch() {
        Instant now = Instant.now();
        em.createNativeQuery("update change_clock set changed_at = ?1 where id = 1 and (changed_at is null or changed_at < ?1)")
                .setParameter(1, Timestamp.from(now)).executeUpdate();
        synchronized (this) {
            if (lastChange == null || lastChange.isBefore(now)) {
                lastChange = now;
            }
        }
        generation.incrementAndGet();
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            // The database is away; the next poll tries again, and requests fail on their own terms meanwhile.
            LOG.debugf("Reading the change clock failed: %s", e.getMessage());
        }
    }

    /** Reads the clock's row; a different row than last time is a change. */
    private void poll() {
        Reading now;
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select changed_at, last_seq from change_clock where id = 1");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            OffsetDateTime at = rs.getObject(1, OffsetDateTime.class);
            now = new Reading(at == null ? null : at.toInstant(), rs.getLong(2));
        } catch (SQLException e) {
            throw new IllegalStateException("the change clock cannot be read: " + e.getMessage(), e);
        }
        synchronized (this) {
            Reading before = last;
            last = now;
            if (now.changedAt() != null && (lastChange == null || lastChange.isBefore(now.changedAt()))) {
                lastChange = now.changedAt();
            }
            if (before != null && !Objects.equals(before, now)) {
                generation.incrementAndGet();
            }
        }
    }
}
