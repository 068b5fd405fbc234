package org.humstats.aggregate;

import java.util.UUID;

/** A figure that did not go into a result, with the wire name of an {@link ExclusionReason}. */
record Excluded(UUID id, String reason) {

    public Excluded(UUID id, ExclusionReason reason) {
        this(id, reason.wire());
    }
}
