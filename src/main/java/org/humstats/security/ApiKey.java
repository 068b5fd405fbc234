package org.humstats.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An API key. Only its SHA-256 hash is kept: the key itself is shown once, when it is created. */
@Entity
@Table(name = "api_key")
public class ApiKey extends PanacheEntityBase {

    @Id
    public UUID id;
    public String name;
    @Convert(converter = RoleConverter.class)
    public Role role;
    public String keyHash;
    /**
     * The first characters of a minted key ({@code hs_} and four random characters), so a person can tell their keys
     * apart in a list; {@code env} for the bootstrap key, whose secret is never shown in part.
     */
    public String keyPrefix;
    public Instant createdAt;
    public UUID createdBy;
    public Instant revokedAt;
    /** After this instant the key is refused; null: it does not expire. */
    public Instant expiresAt;

    static ApiKey findByHash(String hash) {
        return find("keyHash", hash).firstResult();
    }
}
