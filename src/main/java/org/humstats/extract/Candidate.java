package org.humstats.extract;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.humstats.figure.DatePrecision;
import org.humstats.figure.Kind;
import org.humstats.figure.Qualifier;

/** A figure the extractor proposed from one sentence of a report, and the editor's decision on it. */
@Entity
@Table(name = "extraction_candidate")
class Candidate extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID extractionId;
    /** Its place among the extraction's candidates, in the order the text states them. */
    public int seq;
    @Convert(converter = EnumColumns.ReviewColumn.class)
    public Review review;
    public String reviewReason;
    public UUID figureId;
    public Instant reviewedAt;
    public UUID reviewedBy;

    public String metric;
    @Convert(converter = org.humstats.figure.EnumColumns.KindColumn.class)
    public Kind kind;
    @Column(name = "best_value")
    public long value;
    @Column(name = "low_value")
    public Long low;
    @Column(name = "high_value")
    public Long high;
    @Convert(converter = org.humstats.figure.EnumColumns.QualifierColumn.class)
    public Qualifier qualifier;
    public LocalDate periodStart;
    public LocalDate periodEnd;
    @Convert(converter = org.humstats.figure.EnumColumns.DatePrecisionColumn.class)
    public DatePrecision datePrecision;
    @Convert(converter = org.humstats.figure.EnumColumns.DatePrecisionColumn.class)
    public DatePrecision originPrecision;
    public String locationCode;
    public String locationText;
    @Column(name = "source_id")
    public String source;
    public String sourceText;
    public String attributedTo;
    public String subject;
    public String unit;
    public String sex;
    public String age;
    public String cause;
    public String quote;
    public int spanStart;
    public int spanEnd;
    public double confidence;

    static Candidate of(UUID extractionId, int seq, ProposedFigure f) {
        Candidate c = new Candidate();
        c.id = org.humstats.common.Ids.newId();
        c.extractionId = extractionId;
        c.seq = seq;
        c.review = Review.PROPOSED;
        c.metric = f.metric();
        c.kind = f.kind();
        c.value = f.value();
        c.low = f.low();
        c.high = f.high();
        c.qualifier = f.qualifier();
        c.periodStart = f.periodStart();
        c.periodEnd = f.periodEnd();
        c.datePrecision = f.datePrecision();
        c.originPrecision = f.originPrecision();
        c.locationCode = f.locationCode();
        c.locationText = clip(f.locationText(), 300);
        c.source = f.source();
        c.sourceText = clip(f.sourceText(), 300);
        c.attributedTo = clip(f.attributedTo(), 300);
        c.subject = f.subject();
        c.unit = f.unit();
        c.sex = f.sex();
        c.age = f.age();
        c.cause = f.cause();
        c.quote = f.quote();
        c.spanStart = f.spanStart();
        c.spanEnd = f.spanEnd();
        c.confidence = f.confidence();
        return c;
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
