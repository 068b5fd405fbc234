package org.humstats.common;

import java.util.List;

/** A file rejected as a whole: every bad row (up to a cap), each with its column and what is wrong. */
public class ImportRejected extends RuntimeException {

    /** Enough to fix a file in a few rounds without making the answer itself huge. */
    public static final int MAX_REPORTED = 1000;

    public record RowError(long row, String column, String message) {
    }

    private final List<RowError> errors;
    private final int total;

    public ImportRejected(List<RowError> errors) {
        this(errors, errors.size());
    }

    /** {@code total}: how many problems there were, when a large file's list was cut short while reading it. */
    public ImportRejected(List<RowError> errors, int total) {
        super(total + (total == 1 ? " problem was" : " problems were") + " found; nothing was imported."
                + (total > Math.min(errors.size(), MAX_REPORTED) ? " The first " + Math.min(errors.size(), MAX_REPORTED)
                + " are listed." : ""));
        this.total = total;
        this.errors = List.copyOf(errors.size() > MAX_REPORTED ? errors.subList(0, MAX_REPORTED) : errors);
    }

    public List<RowError> errors() {
        return errors;
    }

    public int total() {
        return total;
    }
}
