package org.humstats.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The largest request body an endpoint accepts; without it, {@link BodySizeLimit#DEFAULT_LIMIT}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BodyLimit {

    Size value();

    /** The bodies larger than one JSON object, and how large they may be. */
    enum Size {
        /** OCHA's global P-code list is about 3 MB; 64 MiB leaves room for any gazetteer. */
        GAZETTEER,
        /** A file of figures: {@code humstats.import.max-bytes}. */
        FIGURE_FILE,
        /** A report to read for figures: {@code humstats.extraction.max-bytes}. */
        REPORT_TEXT
    }
}
