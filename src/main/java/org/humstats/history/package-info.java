/**
 * The change log: every change with a snapshot of the entity after it, numbered in commit order, and the partner
 * feed that reads it ({@code GET /api/v1/changes}). Knows no entity type: writers hand it snapshots.
 * May use: database, common.
 */
package org.humstats.history;
