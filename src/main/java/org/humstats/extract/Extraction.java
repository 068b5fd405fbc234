package org.humstats.extract;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One report read by the extractor: its text, the document it is, and how far its review has come. */
@Entity
@Table(name = "extraction")
class Extraction extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID documentId;
    @Convert(converter = EnumColumns.StatusColumn.class)
    public ExtractionStatus status;
    @Column(name = "report_text")
    public String text;
    public int proposedCount;
    public int acceptedCount;
    public int rejectedCount;
    public Instant createdAt;
    public UUID createdBy;
    public Instant updatedAt;
    @Version
    public int version;

    /** Moves one candidate from proposed (or rejected) to its new review, and closes the extraction when none is left. */
    void count(Review from, Review to) {
        switch (from) {
            case PROPOSED -> proposedCount--;
            case ACCEPTED -> acceptedCount--;
            case REJECTED -> rejectedCount--;
        }
        switch (to) {
            case PROPOSED -> proposedCount++;
            case ACCEPTED -> acceptedCount++;
            case REJECTED -> rejectedCount++;
        }
        status = proposedCount == 0 ? ExtractionStatus.REVIEWED : ExtractionStatus.OPEN;
        updatedAt = Instant.now();
    }
}
