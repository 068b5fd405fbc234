package org.humstats.source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The body that produced an estimate: UN OCHA, a military coalition, a monitoring group, a newspaper. */
@Entity
@Table(name = "source")
public class Source extends PanacheEntityBase {

    @Id
    public String id;
    public String name;
    public String acronym;
    @Convert(converter = SourceTypeColumn.class)
    public SourceType type;
    public String url;
    /** Higher wins under policy=preferred. */
    public int priority;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public int version;
}
