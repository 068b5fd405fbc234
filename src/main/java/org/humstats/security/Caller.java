package org.humstats.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;

/** The API key behind the current request, if any; writes record it as created_by / updated_by. */
@RequestScoped
public class Caller {

    private UUID keyId;
    private Role role;

    void authenticate(UUID keyId, Role role) {
        this.keyId = keyId;
        this.role = role;
    }

    public UUID keyId() {
        return keyId;
    }

    public Role role() {
        return role;
    }
}
