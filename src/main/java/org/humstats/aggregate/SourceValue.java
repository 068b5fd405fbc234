package org.humstats.aggregate;

/**
 * One source's own value for a location (rule 4, docs/counting.md#4-across-sources: disagreement is shown, not hidden).
 *
 * @param chosen whether this source's value decided the row's value under the policy
 */
record SourceValue(String source, long value, Long low, Long high, boolean chosen) {
}
