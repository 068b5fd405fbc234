package org.humstats.aggregate;

import java.util.List;
import java.util.UUID;

/** Rule 8 (docs/counting.md#8-explain): the figures behind one result. Both lists are sorted by id. */
record Explanation(List<UUID> used, List<Excluded> excluded) {
}
