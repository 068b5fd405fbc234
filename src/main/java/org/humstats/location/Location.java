package org.humstats.location;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A country (ISO3), an admin area (OCHA P-code), a settlement or an area outside the admin tree. */
@Entity
@Table(name = "location")
public class Location extends PanacheEntityBase {

    @Id
    public String code;
    public String name;
    @Convert(converter = LocationTypeColumn.class)
    public LocationType type;
    public Integer adminLevel;
    public String parentCode;
    public String countryCode;
    public Double lat;
    public Double lon;
    public LocalDate validFrom;
    /** '/SYR/SY09/SY0902/': every ancestor's code, so "inside SY09" is a prefix match. */
    public String path;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public int version;
}
