package org.humstats.location;

import org.humstats.common.NameFolding;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One searchable name of a location: its own name or an alias. */
@Entity
@Table(name = "location_name")
@IdClass(LocationName.Key.class)
public class LocationName extends PanacheEntityBase {

    @Id
    public String locationCode;
    @Id
    public String name;
    /** {@link NameFolding#fold} of the name. */
    public String folded;
    public boolean isAlias;

    static LocationName of(String code, String name, boolean alias) {
        LocationName n = new LocationName();
        n.locationCode = code;
        n.name = name;
        n.folded = NameFolding.fold(name);
        n.isAlias = alias;
        return n;
    }

    public static class Key implements Serializable {
        public String locationCode;
        public String name;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(locationCode, k.locationCode) && Objects.equals(name, k.name);
        }

        @Override
        public int hashCode() {
            return Objects.hash(locationCode, name);
        }
    }
}
