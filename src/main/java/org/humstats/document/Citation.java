package org.humstats.document;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How a figure cites the document it was published in, and what makes two citations the same document: the same
 * title, URL and publication date, and the same publisher when both name one.
 */
public record Citation(String title, String publisher, String url, LocalDate publishedOn) {

    public static Citation of(Document d) {
        return new Citation(d.title, d.publisher, d.url, d.publishedOn);
    }

    public static Citation of(DocumentInput in) {
        return new Citation(in.title() == null ? null : in.title().trim(), in.publisher(), in.url(), in.publishedOn());
    }

    /**
     * Whether this citation, as a client or a file gives it, names the {@code stored} document. A citation without a
     * publisher (an export's CSV carries none) does not contradict a stored one.
     */
    public boolean sameDocumentAs(Citation stored) {
        return Objects.equals(title, stored.title) && Objects.equals(url, stored.url)
                && Objects.equals(publishedOn, stored.publishedOn)
                && (publisher == null || publisher.equals(stored.publisher));
    }
}
