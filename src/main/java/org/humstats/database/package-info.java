/**
 * The differences between the two databases HumStats runs on, in one bean per build flavour ({@code Dialect}): tables
 * made of arrays, bulk inserts (COPY or batched INSERT), planning hints. Depends on nothing else of HumStats.
 */
package org.humstats.database;
