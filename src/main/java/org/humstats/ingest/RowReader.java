package org.humstats.ingest;

/** Reads a file one figure at a time, so that a large import never holds all its rows in memory. */
interface RowReader {

    /** @return the next figure, or null at the end of the file */
    ImportRow next();
}
