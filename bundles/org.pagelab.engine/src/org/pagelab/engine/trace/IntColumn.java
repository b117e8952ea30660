package org.pagelab.engine.trace;

import java.util.Arrays;

/** Append-only column of ints (pids), 4 bytes each, chunked so that no giant array is ever copied. */
final class IntColumn {
    private static final int BITS = LongColumn.CHUNK_BITS;
    private static final int MASK = (1 << BITS) - 1;
    private int[][] chunks = new int[8][];
    private int size;

    int size() {
        return size;
    }

    void add(int v) {
        int c = size >>> BITS;
        int i = size & MASK;
        if (c == chunks.length) {
            chunks = Arrays.copyOf(chunks, c * 2);
        }
        int[] ch = chunks[c];
        if (ch == null) {
            ch = chunks[c] = new int[c == 0 ? 1024 : 1 << BITS];
        } else if (i == ch.length) {
            ch = chunks[c] = Arrays.copyOf(ch, Math.min(1 << BITS, i * 2));
        }
        ch[i] = v;
        size++;
    }

    int get(int index) {
        return chunks[index >>> BITS][index & MASK];
    }

    void set(int index, int v) {
        chunks[index >>> BITS][index & MASK] = v;
    }

    /** All values into dst[0, size). */
    void copyTo(int[] dst) {
        for (int c = 0, base = 0; base < size; c++, base += 1 << BITS) {
            int[] ch = chunks[c];
            int n = Math.min(1 << BITS, size - base);
            for (int i = 0; i < n; i++) {
                dst[base + i] = ch[i];
            }
        }
    }

    void trim() {
        int c = size >>> BITS;
        if (c < chunks.length && chunks[c] != null) {
            chunks[c] = Arrays.copyOf(chunks[c], size & MASK);
        }
        chunks = Arrays.copyOf(chunks, (size + MASK) >>> BITS);
    }

    long residentBytes() {
        long b = 32 + 8L * chunks.length;
        for (int[] ch : chunks) {
            b += ch == null ? 0 : 16 + 4L * ch.length;
        }
        return b;
    }
}
