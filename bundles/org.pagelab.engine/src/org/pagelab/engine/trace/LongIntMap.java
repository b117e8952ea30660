package org.pagelab.engine.trace;

/**
 * Open-addressing map from long keys to non-negative ints; -1 means absent.
 * Keys and values share one array (key, value + 1 with 0 for an empty slot)
 * so that a lookup touches one cache line.
 */
public final class LongIntMap {
    private long[] table; // [2i] key, [2i+1] value + 1 (0: empty)
    private int size;
    private int mask; // slots - 1

    public LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        table = new long[2 * cap];
        mask = cap - 1;
    }

    public int size() {
        return size;
    }

    private static int hash(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    public int get(long key) {
        int i = hash(key) & mask;
        long[] t = table;
        while (t[2 * i + 1] != 0) {
            if (t[2 * i] == key) {
                return (int) t[2 * i + 1] - 1;
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    public void put(long key, int value) {
        int i = hash(key) & mask;
        long[] t = table;
        while (t[2 * i + 1] != 0) {
            if (t[2 * i] == key) {
                t[2 * i + 1] = value + 1L;
                return;
            }
            i = (i + 1) & mask;
        }
        t[2 * i] = key;
        t[2 * i + 1] = value + 1L;
        if (++size * 2 > mask + 1) {
            grow();
        }
    }

    /** The value of key, or {@code next} after mapping key to it (dense id assignment). */
    public int getOrAssign(long key, int next) {
        int i = hash(key) & mask;
        long[] t = table;
        while (t[2 * i + 1] != 0) {
            if (t[2 * i] == key) {
                return (int) t[2 * i + 1] - 1;
            }
            i = (i + 1) & mask;
        }
        t[2 * i] = key;
        t[2 * i + 1] = next + 1L;
        if (++size * 2 > mask + 1) {
            grow();
        }
        return next;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        mask = old.length - 1;
        size = 0;
        for (int j = 0; j < old.length; j += 2) {
            if (old[j + 1] != 0) {
                put(old[j], (int) old[j + 1] - 1);
            }
        }
    }

    /**
     * Shrinks the table of a map that will only be read from now on to the
     * smallest power of two filled at most three quarters (lookups stay
     * short with linear probing); a later put grows it again as usual.
     */
    public void compact() {
        int cap = 16;
        while (size > cap - cap / 4) {
            cap <<= 1;
        }
        if (cap >= mask + 1) {
            return;
        }
        long[] old = table;
        long[] t = new long[2 * cap];
        int m = cap - 1;
        for (int j = 0; j < old.length; j += 2) {
            if (old[j + 1] != 0) {
                int i = hash(old[j]) & m;
                while (t[2 * i + 1] != 0) {
                    i = (i + 1) & m;
                }
                t[2 * i] = old[j];
                t[2 * i + 1] = old[j + 1];
            }
        }
        table = t;
        mask = m;
    }

    /** The keys, in table order. */
    public long[] keys() {
        long[] out = new long[size];
        int k = 0;
        for (int j = 0; j < table.length; j += 2) {
            if (table[j + 1] != 0) {
                out[k++] = table[j];
            }
        }
        return out;
    }

    public long residentBytes() {
        return 32 + 16 + 8L * table.length;
    }

    @Override
    public String toString() {
        return "LongIntMap[size=" + size + "]";
    }
}
