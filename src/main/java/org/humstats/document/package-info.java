/**
 * Documents: where figures were published, and what makes two citations the same document ({@code Citation}).
 * May use: source, common.
 */
package org.humstats.document;
