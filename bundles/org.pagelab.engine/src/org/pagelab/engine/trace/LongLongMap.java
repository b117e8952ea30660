package org.pagelab.engine.trace;

/** Open-addressing map from long keys to long values. */
final class LongLongMap {
    private long[] keys;
    private long[] values;
    private boolean[] used;
    private int size;
    private int mask;

    LongLongMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new long[cap];
        used = new boolean[cap];
        mask = cap - 1;
    }

    int size() {
        return size;
    }

    private static int hash(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    long get(long key, long dflt) {
        int i = hash(key) & mask;
        while (used[i]) {
            if (keys[i] == key) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        return dflt;
    }

    void put(long key, long value) {
        int i = hash(key) & mask;
        while (used[i]) {
            if (keys[i] == key) {
                values[i] = value;
                return;
            }
            i = (i + 1) & mask;
        }
        used[i] = true;
        keys[i] = key;
        values[i] = value;
        if (++size * 2 > keys.length) {
            long[] ok = keys;
            long[] ov = values;
            boolean[] ou = used;
            keys = new long[ok.length * 2];
            values = new long[ok.length * 2];
            used = new boolean[ok.length * 2];
            mask = keys.length - 1;
            size = 0;
            for (int j = 0; j < ok.length; j++) {
                if (ou[j]) {
                    put(ok[j], ov[j]);
                }
            }
        }
    }

    long[] keys() {
        long[] out = new long[size];
        int k = 0;
        for (int i = 0; i < keys.length; i++) {
            if (used[i]) {
                out[k++] = keys[i];
            }
        }
        return out;
    }
}
