package org.humstats.ingest;

import java.nio.charset.StandardCharsets;

/**
 * Which row of the file first used a key (a figure id, or metric/kind/location/period/source), kept as a 64-bit hash
 * in two flat arrays: a million rows take about 24 MB instead of the hundreds a set of strings would.
 */
final class KeyIndex {

    private long[] keys = new long[1 << 12];
    private long[] rows = new long[1 << 12];
    private int size;

    /** @return the row that already has this key, or 0 after recording {@code row} for it */
    long putIfAbsent(String key, long row) {
        long h = hash(key);
        int mask = keys.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (keys[i] != 0) {
            if (keys[i] == h) {
                return rows[i];
            }
            i = (i + 1) & mask;
        }
        keys[i] = h;
        rows[i] = row;
        if (++size * 2 > keys.length) {
            grow();
        }
        return 0;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldRows = rows;
        keys = new long[oldKeys.length * 2];
        rows = new long[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = (int) (oldKeys[j] ^ (oldKeys[j] >>> 32)) & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                rows[i] = oldRows[j];
            }
        }
    }

    /** FNV-1a over the UTF-8 bytes, then a final mix; never 0 (0 marks an empty slot). */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
