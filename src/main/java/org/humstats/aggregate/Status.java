package org.humstats.aggregate;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Editorial status of a figure. Only {@link #COUNTED_BY_DEFAULT} statuses are counted unless widened (rule 1,
 * docs/counting.md#1-counted-statuses).
 */
public enum Status {
    REPORTED("reported", 2),
    VERIFIED("verified", 3),
    DISPUTED("disputed", 1),
    RETRACTED("retracted", 0);

    /** Rule 1 (docs/counting.md#1-counted-statuses): reported and verified are counted; a request may widen this. */
    public static final Set<Status> COUNTED_BY_DEFAULT =
            Collections.unmodifiableSet(EnumSet.of(REPORTED, VERIFIED));

    private final String wire;
    private final int trust;

    Status(String wire, int trust) {
        this.wire = wire;
        this.trust = trust;
    }

    /** The lowercase name used in JSON, CSV and query parameters. */
    @JsonValue
    public String wire() {
        return wire;
    }

    /**
     * Ordering used by {@code policy=preferred}: verified beats reported; when a request widens the
     * counted statuses, disputed ranks below reported and retracted below everything.
     */
    int trust() {
        return trust;
    }

    @Override
    public String toString() {
        return wire;
    }

    /** Parses a wire name; throws {@link IllegalArgumentException} listing the allowed values. */
    public static Status fromWire(String text) {
        return WireName.parse("status", values(), text);
    }
}
