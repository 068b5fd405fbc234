/**
 * From report text to proposed figures, and their review.
 *
 * <p>{@link org.humstats.extract.Extractor} is plain Java with no database or HTTP inside: it takes the text of a report,
 * its publication date and publisher, and the names it should recognise (places of the gazetteer with their aliases,
 * sources with their acronyms and aliases), and proposes the figures the text states, each with the sentence that
 * states it. The rest of the package stores those proposals as an extraction with candidates, serves the review queue,
 * and turns an accepted candidate into a figure through {@link org.humstats.figure.FigureService}, so that an accepted
 * figure meets the same checks and enters the same change log as one typed in by hand. What the extractor understands
 * is described in {@code docs/extraction.md}.
 */
package org.humstats.extract;
