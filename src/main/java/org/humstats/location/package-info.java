/**
 * The gazetteer: countries, admin areas (OCHA P-codes) and areas, with aliases and accent-insensitive search, the
 * materialised paths that make "everything inside" one index range, and the import of OCHA's global P-code list.
 * May use: common.
 */
package org.humstats.location;
