package org.humstats.source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.humstats.common.NameFolding;

/** Another name of a source: a long-hand name or an acronym that reports use for it. */
@Entity
@Table(name = "source_alias")
@IdClass(SourceAlias.Key.class)
public class SourceAlias extends PanacheEntityBase {

    @Id
    public String sourceId;
    @Id
    public String alias;
    /** {@link NameFolding#fold} of the alias, for case- and accent-insensitive search. */
    public String folded;

    static SourceAlias of(String sourceId, String alias) {
        SourceAlias a = new SourceAlias();
        a.sourceId = sourceId;
        a.alias = alias;
        a.folded = NameFolding.fold(alias);
        return a;
    }

    public static class Key implements Serializable {
        public String sourceId;
        public String alias;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(sourceId, k.sourceId) && Objects.equals(alias, k.alias);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sourceId, alias);
        }
    }
}
