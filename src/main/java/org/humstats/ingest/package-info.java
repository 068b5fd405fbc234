/**
 * Bulk imports of figures, all or nothing: readers per file format ({@code CsvRows}, {@code NdjsonRows}), row checks,
 * document resolution, matching rows to stored figures, and the pipeline that reads one batch ahead of the writing.
 * May use: figure, document, source, location, history, security, database, common.
 */
package org.humstats.ingest;
