/**
 * Loads seed-data/ once into an empty database, through the same services and import as the API.
 * May use: ingest, source, location, document, common.
 */
package org.humstats.seed;
