package org.humstats.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

record DocumentView(UUID id, String title, String publisher, String url, LocalDate publishedOn,
                           Instant retrievedAt, String language, Instant createdAt, Instant updatedAt, int version) {

    public static DocumentView of(Document d) {
        return new DocumentView(d.id, d.title, d.publisher, d.url, d.publishedOn, d.retrievedAt, d.language,
                d.createdAt, d.updatedAt, d.version);
    }
}
