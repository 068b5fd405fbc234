/**
 * Figures, the product's core noun: the entity, its enums (shared with the counting rules), the rules an editor's figure
 * must meet ({@code FigureRules}), the one way a figure becomes a view, the description of the figure table for
 * bulk statements ({@code FigureTable}), and the list, read, create, update and retract endpoints. Every change is
 * written to the change log. May use: document, location, source, metric, security, history, database, common.
 */
package org.humstats.figure;
