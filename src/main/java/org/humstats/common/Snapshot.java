package org.humstats.common;

import java.util.function.Supplier;

/**
 * A value read from the database and kept in memory until the data changes ({@link DataClock#generation}): reference
 * data that every request needs (places, sources, metrics) without a statement per request. The first request after a
 * change reads it again; a change made while it was being read makes the next request read it once more.
 */
public final class Snapshot<T> {

    private record Taken<T>(long generation, T value) {
    }

    private final DataClock clock;
    private final Supplier<T> reader;
    private volatile Taken<T> current;

    public Snapshot(DataClock clock, Supplier<T> reader) {
        this.clock = clock;
        this.reader = reader;
    }

    public T get() {
        Taken<T> taken = current;
        if (taken != null && taken.generation() == clock.generation()) {
            return taken.value();
        }
        synchronized (this) {
            long generation = clock.generation();
            taken = current;
            if (taken != null && taken.generation() == generation) {
                return taken.value();
            }
            T value = reader.get();
            current = new Taken<>(generation, value);
            return value;
        }
    }

    /** Forgets the value, so that the next {@link #get} reads it again (when it is known to miss something). */
    public void forget() {
        current = null;
    }
}
