package org.humstats.source;

import java.time.Instant;

/** A source on the wire. */
record SourceView(String id, String name, String acronym, SourceType type, String url, int priority,
                         Instant createdAt, Instant updatedAt, int version) {

    static SourceView of(Source s) {
        return new SourceView(s.id, s.name, s.acronym, s.type, s.url, s.priority, s.createdAt, s.updatedAt, s.version);
    }
}
