package org.humstats.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.humstats.common.ImportRejected;
import org.humstats.common.ImportRejected.RowError;

/**
 * The problems found in one import's rows. The thread that checks rows adds them; the thread that writes reads
 * {@link #any()} to stop writing at the first one, while checking goes on so that the answer lists every bad row.
 */
final class ImportErrors {

    private final List<RowError> listed = new ArrayList<>();
    private volatile int count;

    synchronized void add(long row, String column, String message) {
        count++;
        if (listed.size() < ImportRejected.MAX_REPORTED * 2) {
            listed.add(new RowError(row, column, message));
        }
    }

    boolean any() {
        return count > 0;
    }

    /** @throws ImportRejected with the problems in row order, when there are any */
    synchronized void throwIfAny() {
        if (count > 0) {
            listed.sort(Comparator.comparingLong(RowError::row));
            throw new ImportRejected(listed, count);
        }
    }
}
