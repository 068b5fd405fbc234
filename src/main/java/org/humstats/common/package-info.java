/**
 * What every feature shares and nothing feature-specific: the one error path (problem+json), paging and cursors,
 * query-parameter parsing, CSV, enum wire names, HTTP caching, body limits, ids, and the typed configuration
 * ({@code HumStatsConfig}). Depends on no other package of HumStats.
 */
package org.humstats.common;
