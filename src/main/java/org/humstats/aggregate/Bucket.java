package org.humstats.aggregate;

import java.time.LocalDate;

/** One calendar-aligned time-series bucket, both ends inclusive. */
record Bucket(LocalDate start, LocalDate end) {

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    Window window() {
        return new Window(start, end);
    }
}
