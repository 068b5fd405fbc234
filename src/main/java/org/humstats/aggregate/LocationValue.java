package org.humstats.aggregate;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A location's value for one kind, with what is needed to report and explain it.
 *
 * @param sources             each source's own value; only for a direct value, else null
 * @param coverage            only for a children value, else null
 * @param contributingSources every source with a figure used anywhere in the value
 * @param used                ids of every figure used anywhere in the value
 * @param directLocations     the locations whose own figures were used
 */
record LocationValue(Estimate estimate, String basis, Coverage coverage, List<SourceValue> sources,
                     Set<String> contributingSources, Set<UUID> used, Set<String> directLocations) {

    static final String DIRECT = "direct";
    static final String CHILDREN = "children";

    int sourceCount() {
        return contributingSources.size();
    }
}
