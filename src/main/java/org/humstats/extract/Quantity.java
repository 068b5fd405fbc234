package org.humstats.extract;

import org.humstats.figure.Qualifier;

/**
 * A number as a sentence states it: its value (or range), how it was hedged, and which tokens say it.
 *
 * @param from      first token of the number, after any qualifier
 * @param to        last token of the number (a multiplier such as "million" included)
 * @param hedgeFrom first token of the qualifier ("more than", "an estimated"), or {@code from} when there is none
 * @param words     written in words ("Nine hundred and twenty-one")
 * @param explicit  the qualifier was stated ("a total of", "about"), so the verb "estimated" does not override it
 */
record Quantity(int from, int to, int hedgeFrom, long value, Long low, Long high, Qualifier qualifier, boolean words,
                boolean explicit) {
}
