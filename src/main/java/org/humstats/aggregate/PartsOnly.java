package org.humstats.aggregate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * With {@code explain=true}: a place (and kind) that has no value for the asked breakdown although figures of other
 * breakdowns (its parts) would have counted. The whole is never computed from its parts (docs/counting.md#breakdowns).
 *
 * @param parts   the breakdowns that have figures, each by its parts ({"sex": "female"})
 * @param figures the ids of those figures, sorted
 */
record PartsOnly(String locationCode, String locationName, String kind, List<Map<String, String>> parts,
                 List<UUID> figures, String message) {
}
