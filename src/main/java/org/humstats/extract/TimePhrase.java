package org.humstats.extract;

import java.time.LocalDate;
import org.humstats.figure.DatePrecision;

/**
 * A statement of time in a sentence, resolved to dates against the publication date: "since March 2011" (an origin),
 * "between 17 October and 23 March" or "in recent weeks" (a span), "on Thursday" (a day), "as of 5 January" (an as-of
 * date), "recently" (vague: as of publication, approximately).
 *
 * @param from first token of the phrase
 * @param to   last token of the phrase
 */
record TimePhrase(int from, int to, Role role, LocalDate start, LocalDate end, DatePrecision precision) {

    enum Role { DAY, SPAN, ORIGIN, AS_OF, VAGUE }

    int distanceTo(int tokenFrom, int tokenTo) {
        if (to < tokenFrom) {
            return tokenFrom - to;
        }
        if (from > tokenTo) {
            return from - tokenTo;
        }
        return 0;
    }
}
