package org.humstats.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where sentences end: the quote of a figure is its sentence, so a wrong split cuts the evidence in two. */
class SentencesTest {

    static List<String> split(String text) {
        return Sentences.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void shouldEndAtAFullStopBeforeACapital() {
        assertEquals(List.of("Fighting resumed.", "About 300 people fled."), split("Fighting resumed. About 300 people fled."));
    }

    @Test
    void shouldNotEndAfterAnAbbreviationAnInitialOrInsideANumber() {
        assertEquals(1, split("The U.S. envoy met Dr. Amina J. Yusuf on Monday after 1.5 million people fled.").size());
        assertEquals(1, split("Some 300 people fled, the gov. said, and 20 more left.").size());
    }

    @Test
    void shouldEndAtHeadingsAndBlankLinesButJoinWrappedLines() {
        assertEquals(List.of("Tal Hamra retaken", "3 min read", "Government forces retook the town on Thursday."),
                split("Tal Hamra retaken\n\n3 min read\nGovernment forces retook the town on Thursday."));
        String wrapped = "More than 4,000 people were displaced by heavy flooding in the northern districts of the\n"
                + "province between 3 and 9 March.";
        assertEquals(1, split(wrapped).size());
    }

    @Test
    void shouldKeepClosingQuotesWithTheirSentence() {
        assertEquals(List.of("\"The town is empty.\"", "Officials agreed."), split("\"The town is empty.\" Officials agreed."));
    }

    @Test
    void shouldCutARunWithoutPunctuationSoNoSentenceGrowsWithoutBound() {
        String table = "12 34 56 ".repeat(1000);
        assertEquals(true, split(table).stream().allMatch(s -> s.length() <= Sentences.MAX_LENGTH + 10));
    }
}
