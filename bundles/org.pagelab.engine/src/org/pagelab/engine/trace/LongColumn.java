package org.pagelab.engine.trace;

import java.util.Arrays;

/**
 * Append-only column of longs (timestamps, file locators) stored in chunks
 * of 65,536 values. Within a chunk every block of 1,024 values keeps one
 * 64-bit base and 32-bit deltas from it, so a column of nearly ordered
 * values (the normal case: timestamps of a time-sorted trace, offsets of the
 * lines of a file) costs a little more than 4 bytes per value. A chunk whose
 * values do not fit (a block spanning more than about two seconds of
 * timestamps, say) switches to plain longs. Random access is O(1).
 */
final class LongColumn {
    static final int CHUNK_BITS = 16;
    static final int CHUNK = 1 << CHUNK_BITS;
    private static final int MASK = CHUNK - 1;
    private static final int BLOCK_BITS = 10;

    private static final class Chunk {
        long[] bases = new long[CHUNK >> BLOCK_BITS];
        int[] deltas;
        long[] wide;

        Chunk(int capacity) {
            deltas = new int[capacity];
        }
    }

    private Chunk[] chunks = new Chunk[8];
    private int size;

    int size() {
        return size;
    }

    void add(long v) {
        int c = size >>> CHUNK_BITS;
        int i = size & MASK;
        if (c == chunks.length) {
            chunks = Arrays.copyOf(chunks, c * 2);
        }
        Chunk ch = chunks[c];
        if (ch == null) {
            ch = chunks[c] = new Chunk(c == 0 ? 1024 : CHUNK);
        }
        if (ch.wide != null) {
            if (i == ch.wide.length) {
                ch.wide = Arrays.copyOf(ch.wide, Math.min(CHUNK, i * 2));
            }
            ch.wide[i] = v;
        } else {
            if (i == ch.deltas.length) {
                ch.deltas = Arrays.copyOf(ch.deltas, Math.min(CHUNK, i * 2));
            }
            int b = i >>> BLOCK_BITS;
            if ((i & ((1 << BLOCK_BITS) - 1)) == 0) {
                ch.bases[b] = v;
            }
            long d = v - ch.bases[b];
            if (d == (int) d) {
                ch.deltas[i] = (int) d;
            } else {
                widen(ch, i);
                ch.wide[i] = v;
            }
        }
        size++;
    }

    private static void widen(Chunk ch, int filled) {
        long[] w = new long[Math.max(ch.deltas.length, filled + 1)];
        for (int k = 0; k < filled; k++) {
            w[k] = ch.bases[k >>> BLOCK_BITS] + ch.deltas[k];
        }
        ch.wide = w;
        ch.deltas = null;
        ch.bases = null;
    }

    long get(int index) {
        Chunk ch = chunks[index >>> CHUNK_BITS];
        int i = index & MASK;
        long[] w = ch.wide;
        return w != null ? w[i] : ch.bases[i >>> BLOCK_BITS] + ch.deltas[i];
    }

    /** Releases the unused tail of the last chunk. */
    void trim() {
        int c = size >>> CHUNK_BITS;
        int i = size & MASK;
        if (c < chunks.length && chunks[c] != null) {
            Chunk ch = chunks[c];
            if (ch.wide != null) {
                ch.wide = Arrays.copyOf(ch.wide, i);
            } else {
                ch.deltas = Arrays.copyOf(ch.deltas, i);
            }
        }
        chunks = Arrays.copyOf(chunks, (size + MASK) >>> CHUNK_BITS);
    }

    long residentBytes() {
        long b = 16L + 16 + 8L * chunks.length;
        for (Chunk ch : chunks) {
            if (ch == null) {
                continue;
            }
            b += 32;
            if (ch.wide != null) {
                b += 16 + 8L * ch.wide.length;
            } else {
                b += 16 + 8L * ch.bases.length + 16 + 4L * ch.deltas.length;
            }
        }
        return b;
    }
}
