package org.pagelab.engine.explore;

import java.util.Arrays;

/**
 * The set of visited states, stored as 128-bit fingerprints of their
 * canonical encoding (two independent 64-bit hashes) with, per state id, the
 * parent state, the thread that led there and the BFS depth. Full states are
 * kept only in the BFS frontier; a counterexample is rebuilt by replaying
 * the thread choices from the initial state.
 *
 * <p>Two distinct states collide with probability about n&sup2;/2<sup>129</sup>
 * (below 10<sup>-20</sup> for a billion states).
 *
 * <p>Lookups may run concurrently with each other; inserts only while no
 * lookup runs (the explorer merges between parallel expansion batches).
 */
final class StateTable {
    private long[] keys; // 2 per slot
    private int[] ids;   // id + 1, 0 = empty
    private int mask;
    private int size;
    int[] parent = new int[1024];
    int[] thread = new int[1024];
    int[] depth = new int[1024];
    int[] enabled = new int[1024];

    StateTable() {
        int cap = 1 << 16;
        keys = new long[2 * cap];
        ids = new int[cap];
        mask = cap - 1;
    }

    int size() {
        return size;
    }

    /** Bytes used, for the memory budget. */
    long bytes() {
        return (long) keys.length * 8 + (long) ids.length * 4 + 4L * 4 * parent.length;
    }

    static long hash1(int[] s) {
        long h = 0x9E3779B97F4A7C15L ^ s.length;
        for (int v : s) {
            h ^= v;
            h *= 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        h ^= h >>> 29;
        h *= 0x94D049BB133111EBL;
        return h ^ (h >>> 32);
    }

    static long hash2(int[] s) {
        long h = 0xC2B2AE3D27D4EB4FL + s.length;
        for (int v : s) {
            h += v * 0x9E3779B97F4A7C15L;
            h = Long.rotateLeft(h, 27) * 0x165667B19E3779F9L;
        }
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        return h ^ (h >>> 33);
    }

    /** The id of a state, or -1. */
    int lookup(long h1, long h2) {
        int i = (int) (h1 ^ (h1 >>> 32)) & mask;
        while (true) {
            int id = ids[i];
            if (id == 0) {
                return -1;
            }
            if (keys[2 * i] == h1 && keys[2 * i + 1] == h2) {
                return id - 1;
            }
            i = (i + 1) & mask;
        }
    }

    /** Inserts a new state; returns its id, or -(existing id) - 1 when it was there. */
    int insert(long h1, long h2, int par, int thr, int dep) {
        if ((size + 1) * 10L > (mask + 1) * 6L) {
            grow();
        }
        int i = (int) (h1 ^ (h1 >>> 32)) & mask;
        while (true) {
            int id = ids[i];
            if (id == 0) {
                break;
            }
            if (keys[2 * i] == h1 && keys[2 * i + 1] == h2) {
                return -id;
            }
            i = (i + 1) & mask;
        }
        int id = size++;
        keys[2 * i] = h1;
        keys[2 * i + 1] = h2;
        ids[i] = id + 1;
        if (id >= parent.length) {
            int n = parent.length * 2;
            parent = Arrays.copyOf(parent, n);
            thread = Arrays.copyOf(thread, n);
            depth = Arrays.copyOf(depth, n);
            enabled = Arrays.copyOf(enabled, n);
        }
        parent[id] = par;
        thread[id] = thr;
        depth[id] = dep;
        return id;
    }

    private void grow() {
        long[] ok = keys;
        int[] oi = ids;
        int cap = (mask + 1) * 2;
        keys = new long[2 * cap];
        ids = new int[cap];
        mask = cap - 1;
        for (int j = 0; j < oi.length; j++) {
            if (oi[j] != 0) {
                long h1 = ok[2 * j];
                int i = (int) (h1 ^ (h1 >>> 32)) & mask;
                while (ids[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[2 * i] = h1;
                keys[2 * i + 1] = ok[2 * j + 1];
                ids[i] = oi[j];
            }
        }
    }
}
