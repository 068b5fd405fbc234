package org.humstats.metric;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What is counted. The list is built in (migration V1): figures can only use these codes. */
@Entity
@Table(name = "metric")
public class Metric extends PanacheEntityBase {

    @Id
    public String code;
    public String name;
    public String description;
    public String unit;
    public String hxl;
    public int sortOrder;
}
