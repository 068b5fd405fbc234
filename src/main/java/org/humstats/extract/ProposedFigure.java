package org.humstats.extract;

import java.time.LocalDate;
import org.humstats.figure.DatePrecision;
import org.humstats.figure.Kind;
import org.humstats.figure.Qualifier;

/**
 * A figure the text states, as the extractor reads it: the figure's fields (any may be null where the text does not
 * say), the breakdown the text gives, the words that named the place and the source (also when no stored one matched),
 * and the sentence that states it.
 *
 * @param originPrecision for a running total, how exactly its origin was given ("since March 2011": month)
 * @param unit            people or households ("2,400 families")
 * @param sex             female or male, when the figure counts only women or men
 * @param age             an age band, "0-17" for children
 * @param cause           conflict or disaster, when the sentence says which
 * @param spanStart       where {@code quote} starts in the text
 * @param spanEnd         where it ends (exclusive): {@code text.substring(spanStart, spanEnd)} is the quote
 * @param confidence      0-1: how sure the extractor is that this is a figure as stated (see docs/extraction.md)
 */
public record ProposedFigure(String metric, Kind kind, long value, Long low, Long high, Qualifier qualifier,
                             LocalDate periodStart, LocalDate periodEnd, DatePrecision datePrecision,
                             DatePrecision originPrecision, String locationCode, String locationText, String source,
                             String sourceText, String attributedTo, String subject, String unit, String sex, String age,
                             String cause, String quote, int spanStart, int spanEnd, double confidence) {

    public static final String PEOPLE = "people";
    public static final String HOUSEHOLDS = "households";
}
