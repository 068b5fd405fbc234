package org.humstats.figure;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One sourced number. Never deleted: a wrong figure is retracted and stays visible. */
@Entity
@Table(name = "figure")
public class Figure extends PanacheEntityBase {

    @Id
    public UUID id;
    public String metric;
    @Convert(converter = EnumColumns.KindColumn.class)
    public Kind kind;
    /** "value" is reserved in H2, hence the column names. */
    @Column(name = "best_value")
    public long value;
    @Column(name = "low_value")
    public Long low;
    @Column(name = "high_value")
    public Long high;
    @Convert(converter = EnumColumns.QualifierColumn.class)
    public Qualifier qualifier;
    public LocalDate periodStart;
    public LocalDate periodEnd;
    @Convert(converter = EnumColumns.DatePrecisionColumn.class)
    public DatePrecision datePrecision;
    public String locationCode;
    @Column(name = "source_id")
    public String source;
    public UUID documentId;
    public String attributedTo;
    public String subject;
    /** The breakdown beside the subject (docs/counting.md#breakdowns); each defaults to the whole. */
    public String sex;
    public String age;
    public String populationGroup;
    public String sector;
    public String cause;
    public String unit;
    /** {@link Breakdown#key()}, kept in step by {@link FigureFields#copyTo}. */
    public String breakdownKey;
    @Convert(converter = EnumColumns.DatePrecisionColumn.class)
    public DatePrecision originPrecision;
    public String quote;
    public String notes;
    @Convert(converter = EnumColumns.StatusColumn.class)
    public FigureStatus status;
    public String statusReason;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public int version;
    /** The API key that created / last changed the figure. */
    public UUID createdBy;
    public UUID updatedBy;
}
