/**
 * Streamed exports of figures (CSV, HXL, NDJSON) in constant memory, straight from a database cursor.
 * May use: figure, location, common.
 */
package org.humstats.export;
