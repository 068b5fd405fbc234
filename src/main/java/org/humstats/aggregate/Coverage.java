package org.humstats.aggregate;

/** For a value summed from children: how many children had data, out of all children in the gazetteer. */
record Coverage(int withData, int total) {
}
