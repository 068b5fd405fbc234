package org.humstats.source;

import java.time.Instant;
import java.util.List;

/** A source on the wire. */
record SourceView(String id, String name, String acronym, List<String> aliases, SourceType type, String url,
                         int priority, Instant createdAt, Instant updatedAt, int version) {

    static SourceView of(Source s, List<String> aliases) {
        return new SourceView(s.id, s.name, s.acronym, aliases, s.type, s.url, s.priority, s.createdAt, s.updatedAt,
                s.version);
    }
}
