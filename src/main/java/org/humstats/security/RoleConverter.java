package org.humstats.security;

import jakarta.persistence.Converter;
import org.humstats.common.WireConverter;

@Converter
class RoleConverter extends WireConverter<Role> {
    RoleConverter() {
        super(Role.class);
    }
}
