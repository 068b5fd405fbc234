package org.humstats.document;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Where a figure was published: a report, a press briefing, a news article. */
@Entity
@Table(name = "document")
public class Document extends PanacheEntityBase {

    @Id
    public UUID id;
    public String title;
    /** Source id of the publisher (not necessarily the body that made the estimate). */
    public String publisher;
    public String url;
    public LocalDate publishedOn;
    public Instant retrievedAt;
    public String language;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public int version;
}
