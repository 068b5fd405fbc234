/**
 * Aggregates and time series: the counting rules of docs/counting.md as pure functions ({@code CountingRules} and the
 * classes it calls: no database, no HTTP, property-tested), and around them a thin service that selects the figures a
 * question can touch ({@code FigureSelection}, which may drop in SQL only what the rules would drop) and the resource.
 * May use: figure (the enums), location (the gazetteer), source, metric, database, common.
 */
package org.humstats.aggregate;
