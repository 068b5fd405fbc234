package org.humstats.extract;

import org.humstats.figure.Kind;

/**
 * What a word near a number says it counts: a metric, sometimes a kind ("remain" makes a stock), and where the word is.
 * The metric codes are those of GET /api/v1/metrics.
 */
final class Cue {

    static final String DISPLACED = "displaced";

    static final String IDPS = "idps";

    static final String REFUGEES = "refugees";

    static final String RETURNEES = "returnees";

    static final String KILLED = "killed";

    static final String INJURED = "injured";

    static final String FIGHTERS = "fighters";

    static final String IN_NEED = "in_need";

    final String metric;
    /** STOCK or FLOW when the word decides it ("remain", "fled"), null when the rest of the sentence must. */
    final Kind kind;
    /** The token of the word. */
    final int at;

    Cue(String metric, Kind kind, int at) {
        this.metric = metric;
        this.kind = kind;
        this.at = at;
    }
}
